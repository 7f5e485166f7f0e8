import { act, fireEvent, render } from '@testing-library/react';
import { resetLargeTextForTests } from '../../../components/PageShell/large-text';
import { installFakeApi, pendingMember } from '../../../../test/support/fake-api';
import { runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { navigateTo, requestSubscribeMessage, switchTab, taroTest } from '../../../../test/support/taro';
import MePage from '../index';

const approved = pendingMember({ status: 'approved', memberNo: 'NX2026000001', joinedAt: 1_790_000_000_000 });
const timeline = {
  sections: [{ key: 'membership', label: '会籍' }],
  items: [{ id: 'membership:joined', section: 'membership', title: '入会通过', detail: '会员号 NX2026000001', at: 1_790_000_000_000, badge: '会员', link: '/pages/card/index' }],
};

const open = async () => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(<MePage />);
  });
  return view;
};

describe('MePage: membership, records and the worker\'s data', () => {
  beforeEach(() => {
    taroTest.reset();
    resetLargeTextForTests();
  });

  it('offers a member 转会, a new phone, 退会, the timeline and their data', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: approved, staff: [], privacyVersion: '2026-11-01', consentNeeded: false, transfer: null } }),
      'member.timeline': () => ({ ok: true, data: timeline }),
    });
    const { container } = await open();
    for (const cell of ['.nx-me-transfer', '.nx-me-phone', '.nx-me-withdraw', '.nx-me-my-data', '.nx-me-delete']) {
      expect({ cell, present: container.querySelector(cell) !== null }).toEqual({ cell, present: true });
    }
    expect(container.querySelector('.nx-me-consent')).toBeNull();
    expect(container.querySelector('#nx-timeline')?.textContent).toContain('入会通过');

    act(() => {
      fireEvent.click(container.querySelector('.nx-timeline-entry') as HTMLElement);
    });
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/card/index' });
    act(() => {
      fireEvent.click(container.querySelector('.nx-me-transfer') as HTMLElement);
    });
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/transfer' });
  });

  it('asks to agree to a changed privacy notice first', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: approved, staff: [], privacyVersion: '2026-11-01', consentNeeded: true, transfer: null } }),
      'member.timeline': () => ({ ok: true, data: timeline }),
    });
    const { container } = await open();
    act(() => {
      fireEvent.click(container.querySelector('.nx-me-consent') as HTMLElement);
    });
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/consent' });
  });

  it('offers someone who withdrew to join again, and no member-only actions', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: { ...approved, status: 'withdrawn', withdrawnAt: 1_795_000_000_000 }, staff: [], privacyVersion: '2026-11-01' } }),
      'member.timeline': () => ({ ok: true, data: { sections: timeline.sections, items: [] } }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-me-rejoin')?.textContent).toContain('NX2026000001');
    expect(container.querySelector('.nx-me-transfer')).toBeNull();
    expect(container.querySelector('.nx-me-withdraw')).toBeNull();
    expect(container.querySelector('.nx-me-my-data')).not.toBeNull();
  });

  it('gives staff the transfer queue, member moves and phone checks', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: null, staff: [{ union: { id: 'u1', name: '美团长青站点工会' }, roles: ['reviewer'] }], privacyVersion: '2026-11-01' } }),
      'member.timeline': () => ({ ok: true, data: { sections: timeline.sections, items: [] } }),
    });
    const { container } = await open();
    for (const [cell, url] of [
      ['.nx-me-transfers', '/packages/staff/transfers/index'],
      ['.nx-me-move', '/packages/staff/move/index'],
      ['.nx-me-conflicts', '/packages/staff/phone-conflicts/index'],
    ]) {
      act(() => {
        fireEvent.click(container.querySelector(cell) as HTMLElement);
      });
      expect(navigateTo).toHaveBeenLastCalledWith({ url });
    }
  });
});

describe('MePage in the mini-program: staff queues', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    resetLargeTextForTests();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks, in the tap that opens a queue, to be told when the next one arrives', async () => {
    installFakeApi({
      'member.me': () => ({ ok: true, data: { member: null, staff: [{ union: { id: 'u1', name: '美团长青站点工会' }, roles: ['reviewer', 'operator'] }], privacyVersion: '2026-11-01' } }),
      'member.timeline': () => ({ ok: true, data: { sections: timeline.sections, items: [] } }),
    });
    const { container } = await open();
    const asked: Record<string, string[][]> = {};
    for (const cell of ['.nx-me-transfers', '.nx-me-conflicts', '.nx-me-legal', '.nx-me-move']) {
      requestSubscribeMessage.mockClear();
      asked[cell] = await tapAskingInTap(container.querySelector(cell));
    }
    expect(asked).toEqual({
      '.nx-me-transfers': [['transferRequested']],
      '.nx-me-conflicts': [['phoneConflictReported']],
      '.nx-me-legal': [['legalNewCase', 'legalEvidenceAdded']],
      '.nx-me-move': [],
    });
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/move/index' });
  });
});
