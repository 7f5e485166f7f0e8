/**
 * The short code on a 礼包券: 8 characters a station worker can read aloud and type, from an alphabet
 * without the look-alikes 0/O and 1/I. Shown as `7KQ3 M9PX`; typed in any case, with or without the
 * space or a dash. The QR code carries the same code behind a prefix, so a scan and a typed code meet
 * in one lookup.
 */
export const voucherCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const voucherCodeLength = 8;

const qrPrefix = 'nuanxin:voucher:';
const codeShape = new RegExp(`^[${voucherCodeAlphabet}]{${voucherCodeLength}}$`);

/** `7kq3-m9px ` → `7KQ3M9PX`; spaces and dashes go, letters go upper case. */
export const normalizeVoucherCode = (typed: string): string => typed.replace(/[\s-]+/g, '').toUpperCase();

export const isVoucherCode = (code: string): boolean => codeShape.test(code);

/** `7KQ3M9PX` → `7KQ3 M9PX`, easier to read out. */
export const formatVoucherCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;

export const voucherQrPayload = (code: string): string => `${qrPrefix}${code}`;

/** What a scan or a typed entry holds → the bare code (or what was typed, normalized, to be refused later). */
export const voucherCodeFromScan = (scanned: string): string => {
  const text = scanned.trim();
  return normalizeVoucherCode(text.startsWith(qrPrefix) ? text.slice(qrPrefix.length) : text);
};

/** 8 characters from 8 random bytes (32 symbols: each byte's low 5 bits, so no bias). */
export const voucherCodeFromBytes = (bytes: ArrayLike<number>): string => {
  if (bytes.length < voucherCodeLength) throw new Error(`a voucher code needs ${voucherCodeLength} random bytes`);
  let code = '';
  for (let i = 0; i < voucherCodeLength; i += 1) code += voucherCodeAlphabet[bytes[i] & 31];
  return code;
};
