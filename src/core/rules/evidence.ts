/**
 * Evidence files (photos of chats, pay records, contracts, injury records): images and PDFs only, each
 * at most 2 MB, checked on both sides from the bytes themselves — the declared type must match what
 * the first bytes say, so a renamed page or script is refused before anything is stored.
 *
 * The bytes travel base64-encoded inside the function call (one file per call): 2 MB becomes ≈2.7 MB
 * of text, well inside a CloudBase function's 6 MB synchronous request, and the client shrinks photos
 * before sending, so a typical phone photo is a few hundred KB.
 */
export const evidenceContentTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type EvidenceContentType = (typeof evidenceContentTypes)[number];

export const maxEvidenceBytes = 2 * 1024 * 1024;
/** The longest base64 text a file of `maxEvidenceBytes` encodes to. */
export const maxEvidenceBase64Length = Math.ceil(maxEvidenceBytes / 3) * 4;
/** Files one request may carry, and files one case may hold in all. */
export const maxEvidencePerSubmission = 9;
export const maxEvidencePerCase = 20;

export type EvidenceProblem = 'empty' | 'tooBig' | 'notBase64' | 'wrongType';

export const evidenceProblemMessages: Record<EvidenceProblem, string> = {
  empty: '文件是空的，请重新选择',
  tooBig: '文件不能超过2MB，请换一张小一点的照片或分开上传',
  notBase64: '文件没有读取成功，请重新选择',
  wrongType: '只能上传照片（JPG、PNG、WebP）或PDF文件',
};

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decoded length of a base64 text (padding counted off). */
export const base64ByteLength = (base64: string): number => {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
};

/** The first bytes of a base64 text, decoded without Buffer or atob (core runs on both sides). */
const leadingBytes = (base64: string, count: number): number[] => {
  const bytes: number[] = [];
  const text = base64.slice(0, Math.ceil(count / 3) * 4).replace(/=+$/, '');
  let bits = 0;
  let value = 0;
  for (const char of text) {
    value = (value << 6) | alphabet.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return bytes.slice(0, count);
};

const startsWith = (bytes: number[], signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);

/** What the first bytes say the file is, whatever its name or declared type claims. */
export const sniffEvidenceType = (firstBytes: number[]): EvidenceContentType | null => {
  if (startsWith(firstBytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(firstBytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(firstBytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(firstBytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(firstBytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
};

/** What a base64 file is by its first bytes: the type a client declares for a file a phone handed it. */
export const evidenceTypeOf = (dataBase64: string): EvidenceContentType | null => sniffEvidenceType(leadingBytes(dataBase64, 12));

/** What is wrong with an evidence file given as base64 with its declared type, or null when it may be stored. */
export const evidenceProblem = (dataBase64: string, contentType: string): EvidenceProblem | null => {
  if (dataBase64.length === 0) return 'empty';
  if (dataBase64.length > maxEvidenceBase64Length) return 'tooBig';
  if (dataBase64.length % 4 !== 0 || !base64Pattern.test(dataBase64)) return 'notBase64';
  if (base64ByteLength(dataBase64) > maxEvidenceBytes) return 'tooBig';
  const sniffed = evidenceTypeOf(dataBase64);
  if (!sniffed || sniffed !== contentType) return 'wrongType';
  return null;
};

/** `1.4MB`, `320KB`: sizes as the evidence list shows them. */
export const formatFileSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
