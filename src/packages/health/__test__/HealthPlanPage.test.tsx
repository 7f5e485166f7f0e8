import { screen } from '@testing-library/react';
import { healthNoticeVersion } from '@core/health-privacy';
import { installFakeApi } from '../../../../test/support/fake-api';
import { askedBeforeSending, runAsWeapp, tapAskingInTap } from '../../../../test/support/subscribe';
import { navigateTo, redirectTo, taroTest } from '../../../../test/support/taro';
import { renderPage, tap } from '../../../../test/support/page-actions';
import HealthPlanPage from '../plan';
import { booking, busSlots, failure, ok, plan, sites, slot } from './fixtures';

const open = (params: Record<string, string> = { planId: 'hp-1' }) => renderPage(<HealthPlanPage />, params);
const tapConsent = (container: HTMLElement) => tap(container.querySelector('.nx-health-consent .nut-checkbox-icon, .nx-health-consent input') ?? container.querySelector('.nx-health-consent'));

describe('HealthPlanPage', () => {
  beforeEach(() => taroTest.reset());

  it('books the chosen slot with the health consent and one requestId, then opens the booking', async () => {
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan()] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
      'health.book': () => ok(booking()),
    });
    const { container } = await open();
    expect(Array.from(container.querySelectorAll('.nx-health-slot .nx-slot__seats')).map((node) => node.textContent)).toEqual(['剩4个', '已约满']);
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0830'));
    expect(container.querySelector('.nx-slot--selected')).toBeNull();
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    expect(screen.getByText('你选的是：12月3日 周四 08:00-08:30，流动体检车·美团长青站')).toBeTruthy();
    await tapConsent(container);
    await tap(container.querySelector('.nx-hplan-submit'));

    const sent = api.callsTo('health.book');
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toEqual({ planId: 'hp-1', slotId: 'hp-1_s1_20261203_0800', consent: { version: healthNoticeVersion, health: true } });
    expect(sent[0].requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/health/booking?planId=hp-1&done=booked' });
  });

  it('says which slots are under way (by the server’s clock) or stopped, and will not pick them', async () => {
    const slots = [...busSlots(), slot('hp-1_s1_20261203_0900', '2026-12-03', '09:00', '09:30', { open: false })];
    slots[0] = { ...slots[0], open: false };
    installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan()] }),
      'health.slots': () => ok({ now: slots[0].startsAt + 60_000, site: sites[0], slots }),
    });
    const { container } = await open();
    expect(Array.from(container.querySelectorAll('.nx-health-slot .nx-slot__seats')).map((node) => node.textContent)).toEqual(['已开始', '已约满', '已停约']);
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0900'));
    expect(container.querySelector('.nx-slot--selected')).toBeNull();
  });

  it('says what is missing next to it and sends nothing', async () => {
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan({ asksPregnancy: true })] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
    });
    const { container } = await open();
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(container.querySelector('#nx-field-slot .nx-field-error')?.textContent).toBe('请先选一个时段');
    expect(container.querySelector('#nx-field-mayBePregnant .nx-field-error')?.textContent).toBe('请选择是或否');
    expect(container.querySelector('#nx-field-consent-health .nx-field-error')?.textContent).toBe('请阅读体检须知并勾选同意');
    expect(api.callsTo('health.book')).toHaveLength(0);
  });

  it('sends her answer to the pregnancy question only when it is asked', async () => {
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan({ asksPregnancy: true })] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
      'health.book': () => ok(booking({ skippedItems: ['chestDr'] })),
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    await tap(container.querySelector('#nx-pregnant-yes'));
    await tapConsent(container);
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(api.callsTo('health.book')[0].data).toMatchObject({ mayBePregnant: true });
  });

  it('keeps the requestId when the network drops and sends the same one again', async () => {
    let attempts = 0;
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan()] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
      'health.book': () => (++attempts === 1 ? 'network-down' : ok(booking())),
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    await tapConsent(container);
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(screen.getByText('网络不好，请检查网络后重试。选好的时段已保存')).toBeTruthy();
    await tap(container.querySelector('.nx-hplan-submit'));
    const sent = api.callsTo('health.book');
    expect(sent).toHaveLength(2);
    expect(sent[1].requestId).toBe(sent[0].requestId);
  });

  it('reloads the seats when the chosen slot was just taken, and asks for another', async () => {
    let full = false;
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan()] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: full ? [slot('hp-1_s1_20261203_0800', '2026-12-03', '08:00', '08:30', { remaining: 0 })] : busSlots() }),
      'health.book': () => {
        full = true;
        return failure('HEALTH.SLOT_FULL', '这个时段刚刚约满了，请换一个时段', { slotId: '请换一个时段' });
      },
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    await tapConsent(container);
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(screen.getByText('这个时段刚刚约满了，请换一个时段')).toBeTruthy();
    expect(api.callsTo('health.slots')).toHaveLength(2);
    expect(container.querySelector('#nx-slot-hp-1_s1_20261203_0800 .nx-slot__seats')?.textContent).toBe('已约满');
    expect(container.querySelector('.nx-hplan-chosen')).toBeNull();
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it('sends a member whose privacy consent is out of date to agree again, keeping what they picked', async () => {
    installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan()] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
      'health.book': () => failure('MEMBER.CONSENT_OUTDATED', '隐私政策已更新，请重新阅读并同意后再提交'),
    });
    const { container } = await open();
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    await tapConsent(container);
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/member/consent' });
    expect(taroTest.storage.get('nuanxin.healthDraft.book.hp-1')).toMatchObject({ slotId: 'hp-1_s1_20261203_0800', agreed: true });
  });

  it('moves a booking without asking for consent again, starting at the booked site', async () => {
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan({ myBooking: booking({ site: sites[1] }) })] }),
      'health.slots': (data) => ok({ now: 0, site: sites[1], slots: [slot(`hp-1_${data.siteId}_20261204_0900`, '2026-12-04', '09:00', '10:00')] }),
      'health.move': () => ok(booking()),
    });
    const { container } = await open({ planId: 'hp-1', move: '1' });
    expect(api.callsTo('health.slots')[0].data).toEqual({ planId: 'hp-1', siteId: 's2' });
    expect(container.querySelector('.nx-health-consent')).toBeNull();
    expect(container.querySelector('.nx-hplan-moving')?.textContent).toContain('现在约的是：12月3日 周四 08:00-08:30');
    await tap(container.querySelector('#nx-slot-hp-1_s2_20261204_0900'));
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(api.callsTo('health.move')[0].data).toEqual({ planId: 'hp-1', slotId: 'hp-1_s2_20261204_0900' });
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/health/booking?planId=hp-1&done=moved' });
  });

  it('shows when a worker may book and keeps the button off until then', async () => {
    const api = installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan({ window: { state: 'notYet', tier: 'regular', opensAt: 0, closesAt: 0, message: '近12个月没做过体检的工友先约，你从12月4日 09:00起可以预约' } })] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
    });
    const { container } = await open();
    expect(container.querySelector('.nx-hplan-window')?.textContent).toBe('近12个月没做过体检的工友先约，你从12月4日 09:00起可以预约');
    expect(container.querySelector('.nx-hplan-submit')?.classList.contains('nut-button-disabled')).toBe(true);
    await tap(container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    await tap(container.querySelector('.nx-hplan-submit'));
    expect(api.callsTo('health.book')).toHaveLength(0);
  });
});

describe('HealthPlanPage in the mini-program', () => {
  let undo: () => void = () => undefined;
  beforeEach(() => {
    taroTest.reset();
    undo = runAsWeapp();
  });
  afterEach(() => undo());

  it('asks for the evening-before reminder in the tap that books, and again in the tap that moves', async () => {
    installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan()] }),
      'health.slots': () => ok({ now: 0, site: sites[0], slots: busSlots() }),
      'health.book': () => ok(booking()),
    });
    const booked = await open();
    await tap(booked.container.querySelector('#nx-slot-hp-1_s1_20261203_0800'));
    await tapConsent(booked.container);
    expect(await tapAskingInTap(booked.container.querySelector('.nx-hplan-submit'))).toEqual([['healthReminder']]);
    expect(askedBeforeSending('health', 'book')).toBe(true);
    booked.unmount();

    taroTest.reset();
    installFakeApi({
      'health.plans': () => ok({ now: 0, items: [plan({ myBooking: booking({ site: sites[1] }) })] }),
      'health.slots': (data) => ok({ now: 0, site: sites[1], slots: [slot(`hp-1_${data.siteId}_20261204_0900`, '2026-12-04', '09:00', '10:00')] }),
      'health.move': () => ok(booking()),
    });
    const { container } = await open({ planId: 'hp-1', move: '1' });
    await tap(container.querySelector('#nx-slot-hp-1_s2_20261204_0900'));
    expect(await tapAskingInTap(container.querySelector('.nx-hplan-submit'))).toEqual([['healthReminder']]);
    expect(askedBeforeSending('health', 'move')).toBe(true);
  });
});
