import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLocalFiles, localFileTypeOf, resolveLocalFile, UnsafeFilePathError } from '../local.files';

describe('local files adapter', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'nuanxin-files-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const png = { name: 'evidence.png', contentType: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) };

  it('stores a file, gives a served URL for it and removes it', async () => {
    const files = createLocalFiles({ root });
    const fileId = await files.put('legal/case-1', png);
    expect(fileId).toMatch(/^local:\/\/legal\/case-1\/[0-9a-f-]{36}\.png$/);

    const relative = fileId.slice('local://'.length);
    expect(await files.url(fileId)).toBe(`/files/${relative}`);
    const onDisk = resolveLocalFile(root, relative);
    expect(new Uint8Array(await readFile(onDisk))).toEqual(png.bytes);

    await files.remove(fileId);
    expect(existsSync(onDisk)).toBe(false);
    await expect(files.remove(fileId)).resolves.toBeUndefined();
  });

  it('names the file by its content type, never by the uploaded name', async () => {
    const files = createLocalFiles({ root });
    const fileId = await files.put('exports', { name: 'x.html', contentType: 'application/pdf', bytes: new Uint8Array([1]) });
    expect(fileId).toMatch(/\.pdf$/);
    expect(localFileTypeOf(fileId)).toBe('application/pdf');
  });

  it('refuses file types the host must not serve', async () => {
    const files = createLocalFiles({ root });
    await expect(files.put('x', { name: 'a.html', contentType: 'text/html', bytes: new Uint8Array([1]) })).rejects.toThrow(RangeError);
    expect(localFileTypeOf('a.html')).toBeNull();
  });

  it.each(['..', '../outside', 'a/../../b', '/abs', 'a\\..\\b', 'a/./b', '%2e%2e', ''])('refuses the folder %j', async (folder) => {
    const files = createLocalFiles({ root });
    await expect(files.put(folder, png)).rejects.toThrow(UnsafeFilePathError);
  });

  it.each([
    'local://../secret.png',
    'local://a/../../etc/passwd.png',
    'local:///etc/x.png',
    'local://a/..%2f..%2fx.png',
    'cloud://env/a/b.png',
    'local://a/b',
  ])('refuses the fileId %j', async (fileId) => {
    const files = createLocalFiles({ root });
    await expect(files.url(fileId)).rejects.toThrow(UnsafeFilePathError);
    await expect(files.remove(fileId)).rejects.toThrow(UnsafeFilePathError);
  });

  it('keeps resolved paths inside the root', () => {
    expect(() => resolveLocalFile(root, '../x/a.png')).toThrow(UnsafeFilePathError);
    expect(() => resolveLocalFile(root, 'a/..\\..\\b.png')).toThrow(UnsafeFilePathError);
    expect(resolveLocalFile(root, 'a/b/c.png')).toBe(path.join(root, 'a', 'b', 'c.png'));
  });
});
