import { base64ByteLength, evidenceProblem, evidenceTypeOf, formatFileSize, maxEvidenceBase64Length, maxEvidenceBytes, sniffEvidenceType } from '../evidence';

const b64 = (bytes: number[], padTo = 0) => Buffer.from([...bytes, ...Array(Math.max(0, padTo - bytes.length)).fill(0)]).toString('base64');
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46];
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
const webp = [0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50];
const pdf = [...Buffer.from('%PDF-1.7\n')];

describe('evidence files: images and PDFs up to 2 MB, judged by their bytes', () => {
  it.each([
    ['image/jpeg', jpeg],
    ['image/png', png],
    ['image/webp', webp],
    ['application/pdf', pdf],
  ] as const)('recognizes %s from its first bytes', (type, bytes) => {
    expect(sniffEvidenceType([...Buffer.from(b64(bytes, 64), 'base64')].slice(0, 12))).toBe(type);
    expect(evidenceProblem(b64(bytes, 64), type)).toBeNull();
    expect(evidenceTypeOf(b64(bytes, 64))).toBe(type);
  });

  it('refuses a file whose bytes are not what its declared type says', () => {
    expect(evidenceProblem(b64(pdf, 64), 'image/jpeg')).toBe('wrongType');
    expect(evidenceProblem(b64([...Buffer.from('<html><script>')], 64), 'image/png')).toBe('wrongType');
    expect(evidenceProblem(b64([...Buffer.from('GIF89a')], 64), 'image/gif')).toBe('wrongType');
  });

  it('refuses an empty file and text that is not base64', () => {
    expect(evidenceProblem('', 'image/jpeg')).toBe('empty');
    expect(evidenceProblem('/9j/4AAQ!!!=', 'image/jpeg')).toBe('notBase64');
    expect(evidenceProblem('/9j/4A', 'image/jpeg')).toBe('notBase64');
  });

  it('accepts exactly 2 MB and refuses one byte more', () => {
    const exact = Buffer.alloc(maxEvidenceBytes);
    Buffer.from(jpeg).copy(exact);
    expect(base64ByteLength(exact.toString('base64'))).toBe(maxEvidenceBytes);
    expect(evidenceProblem(exact.toString('base64'), 'image/jpeg')).toBeNull();
    const over = Buffer.alloc(maxEvidenceBytes + 1);
    Buffer.from(jpeg).copy(over);
    expect(over.toString('base64').length).toBeLessThanOrEqual(maxEvidenceBase64Length);
    expect(evidenceProblem(over.toString('base64'), 'image/jpeg')).toBe('tooBig');
    expect(evidenceProblem('A'.repeat(maxEvidenceBase64Length + 4), 'image/jpeg')).toBe('tooBig');
  });

  it('counts decoded bytes through the padding', () => {
    expect(base64ByteLength(Buffer.from('a').toString('base64'))).toBe(1);
    expect(base64ByteLength(Buffer.from('ab').toString('base64'))).toBe(2);
    expect(base64ByteLength(Buffer.from('abc').toString('base64'))).toBe(3);
  });

  it('shows sizes in KB below a megabyte and MB above', () => {
    expect(formatFileSize(320 * 1024)).toBe('320KB');
    expect(formatFileSize(100)).toBe('1KB');
    expect(formatFileSize(1.45 * 1024 * 1024)).toBe('1.4MB');
  });
});
