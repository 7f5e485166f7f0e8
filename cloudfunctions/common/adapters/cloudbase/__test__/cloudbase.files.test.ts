import { createCloudbaseFiles } from '../cloudbase.files';

/** A storage app that records calls and answers as CloudBase does. */
const fakeStorage = (answers: { upload?: unknown; url?: unknown; remove?: unknown } = {}) => {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    app: {
      uploadFile: async (options: { cloudPath: string; fileContent: Buffer }) => {
        calls.push(['uploadFile', options]);
        return answers.upload ?? { fileID: `cloud://env-1.bucket/${options.cloudPath}`, requestId: 'r' };
      },
      getTempFileURL: async (options: unknown) => {
        calls.push(['getTempFileURL', options]);
        return answers.url ?? { requestId: 'r', fileList: [{ code: 'SUCCESS', fileID: 'cloud://x', tempFileURL: 'https://tmp.example/x?sign=1' }] };
      },
      deleteFile: async (options: unknown) => {
        calls.push(['deleteFile', options]);
        return answers.remove ?? { requestId: 'r', fileList: [{ code: 'SUCCESS', fileID: 'cloud://x' }] };
      },
    },
  };
};

describe('cloudbase files', () => {
  it('uploads under <folder>/<uuid>.<ext from the content type> and returns the fileID', async () => {
    const { app, calls } = fakeStorage();
    const fileId = await createCloudbaseFiles(app).put('evidence/case-1', {
      name: 'photo.html',
      contentType: 'image/jpeg',
      bytes: new Uint8Array([1, 2, 3]),
    });
    const [[method, options]] = calls;
    expect(method).toBe('uploadFile');
    const { cloudPath, fileContent } = options as { cloudPath: string; fileContent: Buffer };
    expect(cloudPath).toMatch(/^evidence\/case-1\/[0-9a-f-]{36}\.jpg$/);
    expect(Buffer.isBuffer(fileContent) && [...fileContent]).toEqual([1, 2, 3]);
    expect(fileId).toBe(`cloud://env-1.bucket/${cloudPath}`);
  });

  it.each([
    ['a type that is not accepted', 'x', 'text/html'],
    ['a folder climbing out', '../x', 'image/png'],
    ['an empty folder segment', 'a//b', 'image/png'],
  ])('refuses %s without uploading', async (_label, folder, contentType) => {
    const { app, calls } = fakeStorage();
    await expect(createCloudbaseFiles(app).put(folder, { name: 'f', contentType, bytes: new Uint8Array() })).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
  });

  it('fails when the upload brings back no fileID, or an error as a value', async () => {
    await expect(createCloudbaseFiles(fakeStorage({ upload: { requestId: 'r' } }).app).put('a', { name: 'f', contentType: 'image/png', bytes: new Uint8Array() })).rejects.toThrow('no fileID');
    await expect(
      createCloudbaseFiles(fakeStorage({ upload: { code: 'STORAGE_REQUEST_FAIL', message: 'fail' } }).app).put('a', { name: 'f', contentType: 'image/png', bytes: new Uint8Array() }),
    ).rejects.toThrow('STORAGE_REQUEST_FAIL');
  });

  it('asks for a temporary URL, 10 minutes unless told otherwise', async () => {
    const { app, calls } = fakeStorage();
    const files = createCloudbaseFiles(app);
    expect(await files.url('cloud://x')).toBe('https://tmp.example/x?sign=1');
    await files.url('cloud://x', 60);
    expect(calls).toEqual([
      ['getTempFileURL', { fileList: [{ fileID: 'cloud://x', maxAge: 600 }] }],
      ['getTempFileURL', { fileList: [{ fileID: 'cloud://x', maxAge: 60 }] }],
    ]);
  });

  it('fails for a file CloudBase cannot give a URL for, and for ids that are not CloudBase fileIDs', async () => {
    const missing = fakeStorage({ url: { fileList: [{ code: 'STORAGE_FILE_NONEXIST', fileID: 'cloud://x', tempFileURL: '' }] } });
    await expect(createCloudbaseFiles(missing.app).url('cloud://x')).rejects.toThrow('STORAGE_FILE_NONEXIST');
    const { app, calls } = fakeStorage();
    await expect(createCloudbaseFiles(app).url('local://a/b.png')).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
  });

  it('deletes a file, and treats one already gone as deleted', async () => {
    const { app, calls } = fakeStorage();
    await createCloudbaseFiles(app).remove('cloud://x');
    expect(calls).toEqual([['deleteFile', { fileList: ['cloud://x'] }]]);
    await expect(createCloudbaseFiles(fakeStorage({ remove: { fileList: [{ code: 'STORAGE_FILE_NONEXIST' }] } }).app).remove('cloud://x')).resolves.toBeUndefined();
    await expect(createCloudbaseFiles(fakeStorage({ remove: { fileList: [{ code: 'SYS_ERR' }] } }).app).remove('cloud://x')).rejects.toThrow('SYS_ERR');
  });
});
