import { act, render, screen } from '@testing-library/react';
import { installFakeApi } from '../../../../../test/support/fake-api';
import { taroTest } from '../../../../../test/support/taro';
import { tap } from '../../../../../test/support/page-actions';
import StaffPhoneConflictsPage from '../index';

const conflict = {
  id: 'c1',
  status: 'open',
  phoneMasked: '139****4321',
  claimant: { name: '钱新主', note: '号码是我去年新办的' },
  holder: { name: '李明辉', status: 'approved', memberNo: 'NX2026000001', union: { id: 'u1', name: '美团长青站点工会' } },
  reportedAt: 1_795_000_000_000,
  resolvedAt: null,
  reason: null,
};


describe('StaffPhoneConflictsPage (手机号核实)', () => {
  beforeEach(() => taroTest.reset());

  it('shows who says the number is theirs and who holds it, and decides with a reason', async () => {
    const api = installFakeApi({
      'member.phoneConflicts': () => ({ ok: true, data: { items: [conflict], nextCursor: null } }),
      'member.resolvePhoneConflict': (data) => ({ ok: true, data: { id: String(data.conflictId), status: 'released' } }),
    });
    let container!: HTMLElement;
    await act(async () => {
      container = render(<StaffPhoneConflictsPage />).container;
    });
    const row = container.querySelector('#nx-conflict-c1');
    expect(row?.textContent).toContain('钱新主');
    expect(row?.textContent).toContain('李明辉 · 已通过 · NX2026000001');

    await tap(row?.querySelector('.nx-conflict-release') ?? null);
    await tap(screen.getByText('确认'));
    expect(screen.getByText('请写明核实的情况（至少2个字）')).toBeTruthy();
    await tap(screen.getByText('运营商已重新分配该号码'));
    await tap(screen.getByText('确认'));
    expect(api.callsTo('member.resolvePhoneConflict')[0].data).toEqual({ conflictId: 'c1', decision: 'release', reason: '运营商已重新分配该号码' });
    expect(container.querySelector('#nx-conflict-c1')).toBeNull();
  });
});
