import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../../test/support/fake-api';
import { taroTest } from '../../../../../test/support/taro';
import { renderPage, tap } from '../../../../../test/support/page-actions';
import StaffTransfersPage from '../index';

const request = (id: string, name: string, daysWaiting: number) => ({
  id,
  status: 'pending',
  member: {
    id: `m-${id}`,
    name,
    idMasked: '530321********1234',
    phoneMasked: '139****1111',
    occupation: 'rider',
    employer: '美团',
    memberNo: 'NX2026000001',
    joinedAt: 1_790_000_000_000,
    union: { id: 'u1', name: '美团长青站点工会' },
  },
  from: { id: 'u1', name: '美团长青站点工会' },
  to: { id: 'u2', name: '饿了么港都站点工会' },
  note: '换平台了',
  byStaff: false,
  requestedAt: 1_795_000_000_000,
  daysWaiting,
  decidedAt: null,
  reason: null,
});

const open = () => renderPage(<StaffTransfersPage />);

describe('StaffTransfersPage (转会审核)', () => {
  beforeEach(() => taroTest.reset());

  it('lists requests masked, flags long waits, and accepts after a confirmation', async () => {
    const api = installFakeApi({
      'member.transfers': () => ({ ok: true, data: { items: [request('t1', '李明辉', 4), request('t2', '赵海涛', 0)], nextCursor: null } }),
      'member.decideTransfer': (data) => ({ ok: true, data: { id: String(data.transferId), status: 'accepted' } }),
    });
    const { container } = await open();
    expect(container.querySelector('#nx-transfer-t1')?.textContent).toContain('530321********1234');
    expect(container.querySelector('#nx-transfer-t1 .nx-row__overdue')?.textContent).toContain('已等待4天');
    expect(container.querySelector('#nx-transfer-t2 .nx-row__overdue')).toBeNull();

    await tap(container.querySelector('#nx-transfer-t1 .nx-transfer-accept'));
    expect(api.callsTo('member.decideTransfer')).toHaveLength(0);
    await tap(screen.getByText('确认接收'));
    expect(api.callsTo('member.decideTransfer')[0].data).toEqual({ transferId: 't1', decision: 'accept' });
    expect(container.querySelector('#nx-transfer-t1')).toBeNull();
    expect(screen.getByText('已接收李明辉转入')).toBeTruthy();
  });

  it('will not refuse without a reason the member can read', async () => {
    const api = installFakeApi({
      'member.transfers': () => ({ ok: true, data: { items: [request('t1', '李明辉', 1)], nextCursor: null } }),
      'member.decideTransfer': (data) => ({ ok: true, data: { id: String(data.transferId), status: 'refused' } }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-transfer-refuse'));
    await tap(screen.getByText('确认不接收'));
    expect(screen.getByText('不接收时请写明原因，会员会看到')).toBeTruthy();
    expect(api.callsTo('member.decideTransfer')).toHaveLength(0);
    await tap(screen.getByText('不在本工会服务范围'));
    await tap(screen.getByText('确认不接收'));
    expect(api.callsTo('member.decideTransfer')[0].data).toEqual({ transferId: 't1', decision: 'refuse', reason: '不在本工会服务范围' });
  });

  it('gives each row its own requestId, and a retry of the same row keeps it', async () => {
    let down = true;
    const api = installFakeApi({
      'member.transfers': () => ({ ok: true, data: { items: [request('t1', '李明辉', 1), request('t2', '赵海涛', 0)], nextCursor: null } }),
      'member.decideTransfer': (data) => (data.transferId === 't1' && down ? 'network-down' : { ok: true, data: { id: String(data.transferId), status: 'accepted' } }),
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-transfer-t1 .nx-transfer-accept'));
    await tap(screen.getByText('确认接收'));
    expect(container.querySelector('#nx-transfer-t1')).not.toBeNull();

    await tap(container.querySelector('#nx-transfer-t2 .nx-transfer-accept'));
    await tap(screen.getByText('确认接收'));
    expect(container.querySelector('#nx-transfer-t2')).toBeNull();

    down = false;
    await tap(container.querySelector('#nx-transfer-t1 .nx-transfer-accept'));
    await tap(screen.getByText('确认接收'));
    expect(container.querySelector('#nx-transfer-t1')).toBeNull();

    const [lost, other, retry] = api.callsTo('member.decideTransfer');
    expect([lost.data.transferId, other.data.transferId, retry.data.transferId]).toEqual(['t1', 't2', 't1']);
    expect(other.requestId).not.toBe(lost.requestId);
    expect(retry.requestId).toBe(lost.requestId);
  });
});
