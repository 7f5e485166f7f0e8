import { claimIdOf, holdsUnit, voucherExpiresAt, voucherStatusAt, windowPhase } from '../welfare';

const at = (iso: string) => Date.parse(iso);

describe('welfare rules', () => {
  it('names a claim after the worker, and after the day (Asia/Shanghai) for per-day campaigns', () => {
    expect(claimIdOf('cp_1', 'o-1', 'once', at('2026-07-01T23:30:00+08:00'))).toBe('cp_1_o-1');
    expect(claimIdOf('cp_1', 'o-1', 'daily', at('2026-07-01T23:30:00+08:00'))).toBe('cp_1_o-1_2026-07-01');
    expect(claimIdOf('cp_1', 'o-1', 'daily', at('2026-07-02T00:10:00+08:00'))).toBe('cp_1_o-1_2026-07-02');
  });

  it('expires a voucher after its hours, never after the pick-up window', () => {
    const claimed = at('2026-07-01T10:00:00+08:00');
    expect(voucherExpiresAt(claimed, 24, at('2026-07-10T00:00:00+08:00'))).toBe(claimed + 24 * 3600_000);
    expect(voucherExpiresAt(claimed, 24, at('2026-07-01T18:00:00+08:00'))).toBe(at('2026-07-01T18:00:00+08:00'));
  });

  it('reads an overdue unredeemed voucher as expired, and counts only active and redeemed ones as holding a pack', () => {
    expect(voucherStatusAt('active', 100, 99)).toBe('active');
    expect(voucherStatusAt('active', 100, 100)).toBe('expired');
    expect(voucherStatusAt('redeemed', 100, 200)).toBe('redeemed');
    expect(['pending', 'active', 'redeemed', 'expired', 'cancelled'].filter((s) => holdsUnit(s as never))).toEqual(['active', 'redeemed']);
  });

  it('places a moment in a window', () => {
    expect(windowPhase({ startsAt: 10, endsAt: 20 }, 9)).toBe('notStarted');
    expect(windowPhase({ startsAt: 10, endsAt: 20 }, 10)).toBe('open');
    expect(windowPhase({ startsAt: 10, endsAt: 20 }, 20)).toBe('ended');
  });
});
