import { memberNoFromScan } from '../member-no-from-scan';

describe('memberNoFromScan', () => {
  it('reads the member number from a member card QR code, and nothing else', () => {
    expect(memberNoFromScan('nuanxin:member:NX2026000042')).toBe('NX2026000042');
    expect(memberNoFromScan(' nuanxin:member:NX2026000042\n')).toBe('NX2026000042');
    expect(memberNoFromScan('https://example.com/nuanxin:member:NX2026000042')).toBeNull();
    expect(memberNoFromScan('nuanxin:member:NX20260000')).toBeNull();
    expect(memberNoFromScan('nuanxin:voucher:ABC123')).toBeNull();
  });
});
