/** Uploaded evidence, photos and exports. Images and PDFs only, size-limited by the caller's use case. */
export interface StoredFile {
  name: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf' | (string & {});
  bytes: Uint8Array;
}

export interface Files {
  /** Stores the file under `folder` and returns its fileId. */
  put(folder: string, file: StoredFile): Promise<string>;
  /** A temporary URL to read the file, valid for `ttlSeconds`. */
  url(fileId: string, ttlSeconds?: number): Promise<string>;
  remove(fileId: string): Promise<void>;
}
