import { formatVoucherCode, isVoucherCode, voucherCodeFromBytes, voucherCodeFromScan, voucherQrPayload } from '../voucher-code';

describe('voucher codes', () => {
  it('makes 8 characters without look-alikes from random bytes', () => {
    const code = voucherCodeFromBytes([0, 1, 2, 3, 31, 255, 128, 64]);
    expect(code).toBe('ABCD99AA');
    expect(isVoucherCode(code)).toBe(true);
    expect(code).not.toMatch(/[01IO]/);
    expect(() => voucherCodeFromBytes([1, 2])).toThrow();
  });

  it('reads a typed code in any case, with spaces or dashes, and a scanned QR payload', () => {
    expect(voucherCodeFromScan(' 7kq3-m9px ')).toBe('7KQ3M9PX');
    expect(voucherCodeFromScan(voucherQrPayload('7KQ3M9PX'))).toBe('7KQ3M9PX');
    expect(isVoucherCode(voucherCodeFromScan('7KQ3 M9P0'))).toBe(false);
    expect(formatVoucherCode('7KQ3M9PX')).toBe('7KQ3 M9PX');
  });
});
