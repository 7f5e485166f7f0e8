import { screen } from '@testing-library/react';
import { installFakeApi } from '../../../../../test/support/fake-api';
import { taroTest } from '../../../../../test/support/taro';
import { renderPage, tap } from '../../../../../test/support/page-actions';
import StaffApplicationsPage from '../index';

const application = (id: string, name: string, daysWaiting: number, fromDrive = false) => ({
  id,
  status: 'pending',
  name,
  idMasked: '530321********1234',
  phoneMasked: '139****1111',
  occupation: 'courier',
  employer: '顺丰',
  workArea: '青山区长青街道',
  union: { id: 'u1', name: '长青街道快递行业工会联合会' },
  submittedAt: 1_795_000_000_000,
  daysWaiting,
  fromDrive,
  rejectReason: null,
});

const open = () => renderPage(<StaffApplicationsPage />);

describe('StaffApplicationsPage', () => {
  beforeEach(() => taroTest.reset());

  it('lists pending applications oldest first, flags long waits and drive sign-ups', async () => {
    installFakeApi({
      'member.applications': () => ({
        ok: true,
        data: { items: [application('m1', '李大壮', 5, true), application('m2', '张秀英', 1)], nextCursor: null },
      }),
    });
    const { container } = await open();
    const rows = Array.from(container.querySelectorAll('.nx-app'));
    expect(rows.map((row) => row.querySelector('.nx-app__name')?.textContent)).toEqual(['李大壮', '张秀英']);
    expect(rows[0].querySelector('.nx-app-waiting--overdue')?.textContent).toContain('已等待5天');
    expect(rows[1].querySelector('.nx-app-waiting--overdue')).toBeNull();
    expect(rows[0].querySelector('.nx-app-drive')?.textContent).toBe('现场');
    expect(rows[1].querySelector('.nx-app-drive')).toBeNull();
  });

  it('approves after a confirmation, and the row leaves the queue', async () => {
    const api = installFakeApi({
      'member.applications': () => ({ ok: true, data: { items: [application('m1', '李大壮', 5)], nextCursor: null } }),
      'member.review': (data) => ({ ok: true, data: { id: String(data.memberId), status: 'approved', memberNo: 'NX1' } }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-app-approve'));
    expect(api.callsTo('member.review')).toHaveLength(0);
    await tap(screen.getByText('确认通过'));
    expect(api.callsTo('member.review')[0].data).toEqual({ memberId: 'm1', decision: 'approve' });
    expect(container.querySelector('#nx-app-m1')).toBeNull();
    expect(screen.getByText('已通过李大壮的申请')).toBeTruthy();
    expect(screen.getByText('暂无待审核的申请')).toBeTruthy();
  });

  it('will not reject without a reason; a quick reason is one tap', async () => {
    const api = installFakeApi({
      'member.applications': () => ({ ok: true, data: { items: [application('m1', '李大壮', 5)], nextCursor: null } }),
      'member.review': (data) => ({ ok: true, data: { id: String(data.memberId), status: 'rejected', memberNo: null } }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-app-reject'));
    await tap(screen.getByText('确认驳回'));
    expect(screen.getByText('驳回时请写明原因，方便会员修改')).toBeTruthy();
    expect(api.callsTo('member.review')).toHaveLength(0);

    await tap(screen.getByText('姓名与身份证号不符'));
    await tap(screen.getByText('确认驳回'));
    expect(api.callsTo('member.review')[0].data).toEqual({ memberId: 'm1', decision: 'reject', reason: '姓名与身份证号不符' });
    expect(container.querySelector('#nx-app-m1')).toBeNull();
  });

  it('pages with 加载更多 using the cursor it was given', async () => {
    const api = installFakeApi({
      'member.applications': (data) =>
        data.cursor
          ? { ok: true, data: { items: [application('m3', '欧阳建国', 0)], nextCursor: null } }
          : { ok: true, data: { items: [application('m1', '李大壮', 5), application('m2', '张秀英', 1)], nextCursor: 'c2' } },
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-staff-more'));
    expect(api.callsTo('member.applications')[1].data).toEqual({ status: 'pending', limit: 20, cursor: 'c2' });
    expect(container.querySelectorAll('.nx-app')).toHaveLength(3);
    expect(container.querySelector('.nx-staff-more')).toBeNull();
  });

  it('switches to 已驳回 and shows each rejection with its reason', async () => {
    const api = installFakeApi({
      'member.applications': (data) =>
        data.status === 'rejected'
          ? { ok: true, data: { items: [{ ...application('m9', '周建华', 0), status: 'rejected', rejectReason: '信息不完整' }], nextCursor: null } }
          : { ok: true, data: { items: [], nextCursor: null } },
    });
    const { container } = await open();
    expect(screen.getByText('暂无待审核的申请')).toBeTruthy();
    await tap(screen.getByText('已驳回'));
    expect(api.callsTo('member.applications').map((call) => call.data.status)).toEqual(['pending', 'rejected']);
    expect(screen.getByText('驳回原因：信息不完整')).toBeTruthy();
    expect(container.querySelector('.nx-app-approve')).toBeNull();
  });

  it('gives each application its own requestId, and a retry after another row keeps the first one', async () => {
    let down = true;
    const api = installFakeApi({
      'member.applications': () => ({ ok: true, data: { items: [application('m1', '李大壮', 2), application('m2', '张秀英', 1)], nextCursor: null } }),
      'member.review': (data) => (data.memberId === 'm1' && down ? 'network-down' : { ok: true, data: { id: String(data.memberId), status: 'approved', memberNo: 'NX1' } }),
    });
    const { container } = await open();
    const approve = async (id: string) => {
      await tap(container.querySelector(`#nx-app-${id} .nx-app-approve`));
      await tap(screen.getByText('确认通过'));
    };
    await approve('m1');
    await approve('m2');
    down = false;
    await approve('m1');
    const [lost, other, retry] = api.callsTo('member.review');
    expect([lost.data.memberId, other.data.memberId, retry.data.memberId]).toEqual(['m1', 'm2', 'm1']);
    expect(other.requestId).not.toBe(lost.requestId);
    expect(retry.requestId).toBe(lost.requestId);
    expect(container.querySelector('#nx-app-m1')).toBeNull();
  });
});
