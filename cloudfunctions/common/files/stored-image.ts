import type { ImageUpload } from '@core/contracts/image-upload';
import type { Files } from '../ports/files.port';

/** The first bytes each image type starts with: a declared type the bytes do not match is refused. */
const signatures: Record<ImageUpload['contentType'], (bytes: Buffer) => boolean> = {
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/webp': (b) => b.length > 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

const extensionOf: Record<ImageUpload['contentType'], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/**
 * Stores an uploaded picture under `folder` and returns its fileId, or null when the bytes are not the
 * image the upload says they are (the caller answers with its own "图片格式不对").
 */
export const storeImage = async (files: Files, folder: string, upload: ImageUpload, name: string): Promise<string | null> => {
  const bytes = Buffer.from(upload.base64, 'base64');
  if (!signatures[upload.contentType](bytes)) return null;
  return files.put(folder, { name: `${name}.${extensionOf[upload.contentType]}`, contentType: upload.contentType, bytes });
};

/** A temporary URL for a stored picture, or null when there is none. */
export const imageUrlOf = async (files: Files, fileId: string | null): Promise<string | null> => (fileId ? files.url(fileId) : null);
