import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Files, StoredFile } from '../../ports/files.port';

/**
 * The Files port over a folder (.data/files): `put` writes `<root>/<folder>/<uuid>.<ext>` and returns
 * `local://<folder>/<uuid>.<ext>`; `url` gives the `/files/…` path the local host serves. Only the
 * types below are accepted, because the host serves each file with the content type its extension
 * names — an uploaded `.html` would otherwise run as a page of the app's own origin.
 */
export const localFileTypes = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type LocalExtension = keyof typeof localFileTypes;

const extensionByType = new Map<string, LocalExtension>(
  Object.entries(localFileTypes).map(([ext, type]) => [type.split(';')[0], ext as LocalExtension]),
);

const scheme = 'local://';
const segmentPattern = /^[A-Za-z0-9_-]{1,64}$/;
const fileNamePattern = /^[A-Za-z0-9-]{1,64}\.[a-z0-9]{1,8}$/;

export class UnsafeFilePathError extends Error {
  constructor() {
    super('file path outside the files folder');
    this.name = 'UnsafeFilePathError';
  }
}

const assertFolder = (folder: string): string[] => {
  const segments = folder.split('/');
  if (!segments.every((segment) => segmentPattern.test(segment))) {
    throw new UnsafeFilePathError();
  }
  return segments;
};

/**
 * `<folder>/<uuid>.<ext>` (from a fileId or a `/files/…` URL path) → the absolute path under `root`.
 * Every segment must match a strict pattern and the result must stay inside `root`: `..`, absolute
 * paths, backslashes and encoded separators are all refused.
 */
export const resolveLocalFile = (root: string, relative: string): string => {
  const segments = relative.split('/');
  const fileName = segments.pop() ?? '';
  if (!fileNamePattern.test(fileName)) throw new UnsafeFilePathError();
  assertFolder(segments.join('/'));
  const base = path.resolve(root);
  const resolved = path.resolve(base, ...segments, fileName);
  if (!resolved.startsWith(base + path.sep)) throw new UnsafeFilePathError();
  return resolved;
};

/** The content type a served file gets, or null for an extension `put` never writes. */
export const localFileTypeOf = (filePath: string): string | null => {
  const ext = path.extname(filePath).slice(1).toLowerCase();
  return Object.prototype.hasOwnProperty.call(localFileTypes, ext) ? localFileTypes[ext as LocalExtension] : null;
};

const relativeOf = (fileId: string): string => {
  if (!fileId.startsWith(scheme)) throw new UnsafeFilePathError();
  return fileId.slice(scheme.length);
};

export const createLocalFiles = (options: { root: string; urlPrefix?: string }): Files => {
  const urlPrefix = options.urlPrefix ?? '/files';
  return {
    put: async (folder: string, file: StoredFile) => {
      const segments = assertFolder(folder);
      const ext = extensionByType.get(file.contentType.split(';')[0].trim().toLowerCase());
      if (!ext) throw new RangeError(`file type not accepted: ${file.contentType}`);
      const relative = `${segments.join('/')}/${randomUUID()}.${ext}`;
      const target = resolveLocalFile(options.root, relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.bytes, { flag: 'wx' });
      return `${scheme}${relative}`;
    },
    // Locally the host serves the folder to whoever runs it, so the URL needs no expiry.
    url: async (fileId: string) => {
      const relative = relativeOf(fileId);
      resolveLocalFile(options.root, relative);
      return `${urlPrefix}/${relative}`;
    },
    remove: async (fileId: string) => {
      await rm(resolveLocalFile(options.root, relativeOf(fileId)), { force: true });
    },
  };
};
