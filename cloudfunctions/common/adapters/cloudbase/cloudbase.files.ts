import { randomUUID } from 'node:crypto';
import type { Files, StoredFile } from '../../ports/files.port';
import type { CloudbaseApp } from './cloudbase.app';
import { CloudbaseCallError, settled } from './cloudbase.results';

/**
 * The Files port over CloudBase storage: `put` uploads to `<folder>/<uuid>.<ext>` and returns the
 * `cloud://…` fileID; `url` asks for a temporary download URL. The accepted types and folder names are
 * the local adapter's, so a file refused locally is refused in production too; the extension comes
 * from the content type, never from the uploaded name.
 */
const extensionByType: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

const segmentPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** Evidence and exports are personal data: a link that outlives the page showing it is a leak. */
const defaultTtlSeconds = 600;

type StorageApp = Pick<CloudbaseApp, 'uploadFile' | 'getTempFileURL' | 'deleteFile'>;

const firstFileOf = (result: unknown): Record<string, unknown> => {
  const list = settled(result).fileList;
  const first: unknown = Array.isArray(list) ? list[0] : undefined;
  if (first === null || typeof first !== 'object') throw new CloudbaseCallError('UNEXPECTED_RESULT', 'no fileList entry', undefined);
  return first as Record<string, unknown>;
};

const assertFileId = (fileId: string): string => {
  if (typeof fileId !== 'string' || !fileId.startsWith('cloud://')) throw new RangeError('not a CloudBase fileID');
  return fileId;
};

export const createCloudbaseFiles = (app: StorageApp): Files => ({
  put: async (folder: string, file: StoredFile) => {
    if (!folder.split('/').every((segment) => segmentPattern.test(segment))) throw new RangeError(`invalid folder: ${folder}`);
    const ext = extensionByType[file.contentType.split(';')[0].trim().toLowerCase()];
    if (!ext) throw new RangeError(`file type not accepted: ${file.contentType}`);
    const result = settled(await app.uploadFile({ cloudPath: `${folder}/${randomUUID()}.${ext}`, fileContent: Buffer.from(file.bytes) }));
    if (typeof result.fileID !== 'string' || result.fileID === '') {
      throw new CloudbaseCallError('UNEXPECTED_RESULT', 'uploadFile returned no fileID', undefined);
    }
    return result.fileID;
  },

  url: async (fileId: string, ttlSeconds = defaultTtlSeconds) => {
    const entry = firstFileOf(await app.getTempFileURL({ fileList: [{ fileID: assertFileId(fileId), maxAge: ttlSeconds }] }));
    if (entry.code !== 'SUCCESS' || typeof entry.tempFileURL !== 'string') {
      throw new CloudbaseCallError(String(entry.code ?? 'UNEXPECTED_RESULT'), 'getTempFileURL failed', undefined);
    }
    return entry.tempFileURL;
  },

  // Removing a file that is already gone is done, as with the local adapter.
  remove: async (fileId: string) => {
    const entry = firstFileOf(await app.deleteFile({ fileList: [assertFileId(fileId)] }));
    if (entry.code !== 'SUCCESS' && entry.code !== 'STORAGE_FILE_NONEXIST') {
      throw new CloudbaseCallError(String(entry.code ?? 'UNEXPECTED_RESULT'), 'deleteFile failed', undefined);
    }
  },
});
