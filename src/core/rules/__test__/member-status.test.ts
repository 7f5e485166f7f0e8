import { canTransition } from '../member-status';

describe('入会 status machine', () => {
  it('lets a new applicant apply', () => {
    expect(canTransition(null, 'pending')).toBe(true);
    expect(canTransition(null, 'approved')).toBe(false);
    expect(canTransition(null, 'withdrawn')).toBe(false);
  });

  it('decides a pending application either way', () => {
    expect(canTransition('pending', 'approved')).toBe(true);
    expect(canTransition('pending', 'rejected')).toBe(true);
    expect(canTransition('pending', 'pending')).toBe(false);
    expect(canTransition('pending', 'withdrawn')).toBe(false);
  });

  it('lets a rejected applicant resubmit but not be approved directly', () => {
    expect(canTransition('rejected', 'pending')).toBe(true);
    expect(canTransition('rejected', 'approved')).toBe(false);
  });

  it('never moves an approved member back through review, but lets them withdraw', () => {
    expect(canTransition('approved', 'pending')).toBe(false);
    expect(canTransition('approved', 'rejected')).toBe(false);
    expect(canTransition('approved', 'withdrawn')).toBe(true);
  });

  it('lets a member who withdrew apply again, and only that', () => {
    expect(canTransition('withdrawn', 'pending')).toBe(true);
    expect(canTransition('withdrawn', 'approved')).toBe(false);
    expect(canTransition('withdrawn', 'withdrawn')).toBe(false);
  });
});
