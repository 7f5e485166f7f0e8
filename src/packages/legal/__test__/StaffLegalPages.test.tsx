import { act, fireEvent, render, screen } from '@testing-library/react';
import { installFakeApi } from '../../../../test/support/fake-api';
import { navigateTo, taroTest } from '../../../../test/support/taro';
import StaffLegalCasePage from '../staff/case';
import LegalQueuePage from '../staff/queue';
import { staffCase } from './legal-views.fixtures';

const mount = async (element: JSX.Element) => {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(element);
  });
  return view.container;
};
const me = (roles: string[]) => () => ({ ok: true as const, data: { member: null, staff: [{ union: { id: 'g1', name: '长青站点工会' }, roles }], privacyVersion: '2026-11-01' } });

describe('staff legal pages', () => {
  beforeEach(() => taroTest.reset());

  it('queues cases with the time left, overdue ones marked, and opens a case', async () => {
    const { evidence: _e, story: _s, contact: _c, timeline: _t, outcome: _o, amountRecovered: _a, rating: _r, nextSteps: _n, lawyerId: _l, signing: _g, ...row } = staffCase();
    const api = installFakeApi({
      'member.me': me(['operator']),
      'legal.queue': () => ({ ok: true, data: { items: [{ ...row, id: 'late', daysLeft: -1, overdue: true }, { ...row, id: 'fresh', daysLeft: 0 }], nextCursor: null } }),
    });
    const container = await mount(<LegalQueuePage />);
    expect(Array.from(container.querySelectorAll('.nx-queue-deadline')).map((node) => node.textContent)).toEqual(['已超期1个工作日', '今天到期']);
    expect(container.querySelector('#nx-queue-late')?.className).toContain('nx-queue-card--overdue');
    expect(container.querySelector('.nx-lqueue-settings')).toBeNull();
    await act(async () => fireEvent.click(container.querySelector('#nx-type-filter-workInjury') as HTMLElement));
    expect(api.callsTo('legal.queue').at(-1)?.data).toEqual({ view: 'waiting', limit: 20, caseType: 'workInjury' });
    fireEvent.click(container.querySelector('#nx-queue-late') as HTMLElement);
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/legal/staff/case?id=late' });
  });

  it('shows admins the way to the settings', async () => {
    installFakeApi({ 'member.me': me(['admin']), 'legal.queue': () => ({ ok: true, data: { items: [], nextCursor: null } }) });
    const container = await mount(<LegalQueuePage />);
    expect(container.querySelector('.nx-lqueue-settings')).not.toBeNull();
    expect(screen.getByText('没有等待受理的申请')).toBeTruthy();
  });

  it('will not decline without a reason, and sends the reason it is given', async () => {
    taroTest.setRouterParams({ id: 'case-1' });
    const api = installFakeApi({
      'legal.caseFile': () => ({ ok: true, data: staffCase() }),
      'legal.transition': () => ({ ok: true, data: { id: 'case-1', status: 'declined' } }),
    });
    const container = await mount(<StaffLegalCasePage />);
    expect(container.querySelector('.nx-scase-deadline')?.textContent).toBe('还剩2个工作日');
    await act(async () => fireEvent.click(container.querySelector('.nx-scase-step--decline') as HTMLElement));
    await act(async () => fireEvent.click(document.querySelector('.nx-step-confirm') as HTMLElement));
    expect(document.querySelector('#nx-step-reason .nx-field-error')?.textContent).toBe('不予受理时请写明原因和可以去哪里求助');
    expect(api.callsTo('legal.transition')).toHaveLength(0);

    fireEvent.click(screen.getByText('不属于劳动争议，建议向有关部门咨询'));
    await act(async () => fireEvent.click(document.querySelector('.nx-step-confirm') as HTMLElement));
    const [sent] = api.callsTo('legal.transition');
    expect(sent.data).toEqual({ step: 'decline', caseId: 'case-1', reason: '不属于劳动争议，建议向有关部门咨询' });
    expect(sent.requestId).toEqual(expect.any(String));
  });

  it('shows the phone masked until asked, then the full number', async () => {
    taroTest.setRouterParams({ id: 'case-1' });
    const api = installFakeApi({
      'legal.caseFile': () => ({ ok: true, data: staffCase() }),
      'legal.revealPhone': () => ({ ok: true, data: { phone: '13912345678' } }),
    });
    const container = await mount(<StaffLegalCasePage />);
    expect(container.querySelector('.nx-scase-phone')?.textContent).toBe('139****5678');
    await act(async () => fireEvent.click(container.querySelector('.nx-scase-reveal') as HTMLElement));
    expect(container.querySelector('.nx-scase-phone')?.textContent).toBe('13912345678');
    expect(api.callsTo('legal.revealPhone')).toHaveLength(1);
  });
});
