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

  it('gives each row its own requestId, and a retry of the same row keeps it', async () => {
    let down = true;
    const second = { ...conflict, id: 'c2', phoneMasked: '137****0000', claimant: { name: '孙一', note: null } };
    const api = installFakeApi({
      'member.phoneConflicts': () => ({ ok: true, data: { items: [conflict, second], nextCursor: null } }),
      'member.resolvePhoneConflict': (data) =>
        data.conflictId === 'c1' && down ? 'network-down' : { ok: true, data: { id: String(data.conflictId), status: 'released' } },
    });
    let container!: HTMLElement;
    await act(async () => {
      container = render(<StaffPhoneConflictsPage />).container;
    });
    const decide = async (id: string) => {
      await tap(container.querySelector(`#nx-conflict-${id} .nx-conflict-release`));
      await tap(screen.getByText('运营商已重新分配该号码'));
      await tap(screen.getByText('确认'));
    };
    await decide('c1');
    expect(container.querySelector('#nx-conflict-c1')).not.toBeNull();
    await tap(screen.getByText('确认'));
    await decide('c2');
    expect(container.querySelector('#nx-conflict-c2')).toBeNull();
    down = false;
    await decide('c1');
    expect(container.querySelector('#nx-conflict-c1')).toBeNull();

    const attempts = api.callsTo('member.resolvePhoneConflict');
    const [lost, retryInDialog] = attempts;
    const other = attempts.find((event) => event.data.conflictId === 'c2');
    const last = attempts[attempts.length - 1];
    expect(other?.requestId).not.toBe(lost.requestId);
    expect(retryInDialog.requestId).toBe(lost.requestId);
    expect(last.data.conflictId).toBe('c1');
    expect(last.requestId).toBe(lost.requestId);
  });
});
