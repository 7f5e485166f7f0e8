import type { Page } from 'playwright-core';
import { notificationTemplates } from '@core/enums/notification-templates';
import { startLocalHost, type RunningHost } from '../support/local-host';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { secondsSince, startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { callAs, setLargeText, signInAs, waitForAction } from '../support/browser/local-session';
import { medianFontSize, readabilityChecks, sampleVisibleText, shownPage } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';
import { workerHands } from '../support/browser/worker-hands';

/**
 * 送健康体检, end to end in a real browser on the local host with a test-controlled clock
 * (NUANXIN_CLOCK_START): on 12月1日 demo-member books the seeded plan's check bus from the home page,
 * then moves to the partner hospital on another day; on that day (the host restarted on the same data
 * with a later clock) demo-staff checks them in by the typed code and the stats show it; demo-admin
 * plans a new check and schedules it. Screenshots in test-output/e2e/health-flow/.
 */
const planId = 'hp-demo-winter';
const bookedOn = '2026-12-01T09:00:00+08:00';
const checkDay = '2026-12-04T08:50:00+08:00';
const firstSlot = `${planId}_s1_20261203_0800`;
const movedSlot = `${planId}_s2_20261204_0900`;
const routes = { home: '/#/pages/home/index', me: '/#/pages/me/index', health: '/#/packages/health/index', staff: '/#/packages/health/staff/index' };

type Slots = { slots: Array<{ id: string; remaining: number }> };
type Stats = { totals: { booked: number; checkedIn: number }; occupations: Array<{ occupation: string; checkedIn: number }> };

const { measured, expectReadable, expectTappable } = readabilityChecks();

describe('体检 in the browser: demo-member books and moves, demo-staff checks them in on the day, the stats show it', () => {
  let host: RunningHost | undefined;
  let browser: MobileBrowser | undefined;
  let page: Page;
  let origin: string;
  let code = '';
  const shots = screenshotsFor('health-flow');
  const started = Date.now();

  const startAt = async (clock: string, dataDir?: string) => {
    host = await startLocalHost({ env: { NUANXIN_CLOCK_START: clock }, ...(dataDir ? { dataDir } : {}) });
    origin = host.origin;
  };
  const slotsOf = async (siteId: string) => (await callAs<Slots>(origin, 'demo-member', 'health', 'slots', { planId, siteId })).slots;

  beforeAll(async () => {
    ({ host, phone: browser } = await startHostAndPhone({ env: { NUANXIN_CLOCK_START: bookedOn } }));
    origin = host.origin;
    page = browser.page;
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, browser);
    console.log(JSON.stringify({ healthFlowSeconds: secondsSince(started), readability: measured }));
  });

  it('demo-member books the check bus from the home page in 5 taps and no typing', async () => {
    await signInAs(page, origin, 'demo-member', routes.home, { clearStorage: true });
    const tile = shownPage(page).locator('#nx-service-health');
    await tile.waitFor();
    await expect(tile.getAttribute('class')).resolves.not.toContain('nx-service--soon');

    const hands = workerHands();
    await hands.tap(tile);
    const card = shownPage(page).locator(`#nx-plan-${planId}`);
    await card.waitFor();
    await expect(card.locator('.nx-plan-window').textContent()).resolves.toBe('你近12个月没有做过体检，可以优先预约');
    await expectReadable(page, '体检预约');
    await shots.shoot(page, '01-health-home');

    await hands.tap(card.locator('.nx-plan-book'));
    const slot = shownPage(page).locator(`#nx-slot-${firstSlot}`);
    await slot.waitFor();
    await expect(slot.locator('.nx-slot__seats').textContent()).resolves.toBe('剩6个');
    await expectReadable(page, '选时间预约');
    await expectTappable({
      sites: shownPage(page).locator('.nx-health-site'),
      days: shownPage(page).locator('.nx-health-day'),
      slots: shownPage(page).locator('.nx-health-slot'),
      consent: shownPage(page).locator('.nx-health-consent'),
      submit: shownPage(page).locator('.nx-hplan-submit'),
    });
    await hands.tap(slot);
    await hands.tap(shownPage(page).locator('.nx-health-consent'));
    await shots.shoot(page, '02-plan-chosen');

    const booked = waitForAction(page, 'health', 'book');
    await hands.tap(shownPage(page).locator('.nx-hplan-submit'));
    const answer = (await (await booked).json()) as { ok: boolean; data: { code: string } };
    expect(answer).toMatchObject({ ok: true });
    code = answer.data.code;

    const bookingPage = shownPage(page).locator('#nx-hbooking');
    await bookingPage.waitFor();
    await expect(shownPage(page).locator('.nx-hbooking-done').textContent()).resolves.toBe('预约成功');
    await expect(bookingPage.locator('.nx-hbooking-code').textContent()).resolves.toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    await expect(bookingPage.locator('.nx-hbooking-when').textContent()).resolves.toBe('12月3日 周四 08:00-08:30');
    const qr = bookingPage.locator('.nx-hbooking-qr');
    const box = await qr.boundingBox();
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(160);
    await expect(qr.locator('.nx-qr__run--dark').count()).resolves.toBeGreaterThan(50);
    await expectReadable(page, '我的体检预约');
    await shots.shoot(page, '03-booked');

    const effort = { healthBookTaps: hands.taps, healthBookTypedFields: hands.typedFields };
    console.log(JSON.stringify(effort));
    expect(effort).toEqual({ healthBookTaps: 5, healthBookTypedFields: 0 });
    expect((await slotsOf('s1')).find((candidate) => candidate.id === firstSlot)?.remaining).toBe(5);
  });

  it('demo-member moves the booking to the hospital the next day; the bus seat returns at once', async () => {
    await shownPage(page).locator('.nx-hbooking-move').tap();
    await shownPage(page).locator('.nx-hplan-moving').waitFor();
    await shownPage(page).locator('#nx-site-s2').tap();
    await shownPage(page).locator('#nx-day-2026-12-04').tap();
    await shownPage(page).locator(`#nx-slot-${movedSlot}`).tap();
    await shots.shoot(page, '04-move-chosen');
    const moved = waitForAction(page, 'health', 'move');
    await shownPage(page).locator('.nx-hplan-submit').tap();
    expect(await (await moved).json()).toMatchObject({ ok: true, data: { slot: { id: movedSlot }, code } });

    const bookingPage = shownPage(page).locator('#nx-hbooking');
    await bookingPage.waitFor();
    await expect(shownPage(page).locator('.nx-hbooking-done').textContent()).resolves.toBe('改期成功，原来的名额已退回');
    await expect(bookingPage.locator('.nx-hbooking-when').textContent()).resolves.toBe('12月4日 周五 09:00-10:00');
    await expect(bookingPage.locator('.nx-hbooking-site').textContent()).resolves.toBe('合作医院 · 康宁医院体检中心');
    await shots.shoot(page, '05-moved');
    expect((await slotsOf('s1')).find((candidate) => candidate.id === firstSlot)?.remaining).toBe(6);
    expect((await slotsOf('s2')).find((candidate) => candidate.id === movedSlot)?.remaining).toBe(9);
  });

  it('on the day, demo-staff checks demo-member in at the hospital by the typed code, once', async () => {
    const dataDir = host!.dataDir;
    await host!.stop();
    await startAt(checkDay, dataDir);

    // The host runs the hourly sweep itself, on its clock: the evening-before reminder has gone out.
    type Outbox = { items: Array<{ template: string; openid: string; data: Record<string, string> }> };
    const reminded = async () => ((await (await fetch(`${origin}/dev/api/outbox`)).json()) as Outbox).items.filter((item) => item.template === 'healthReminder');
    for (let waited = 0; (await reminded()).length === 0 && waited < 5000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await reminded()).toEqual([
      expect.objectContaining({ openid: 'demo-member', data: expect.objectContaining({ time: '12月4日 09:00-10:00', place: '康宁医院体检中心（青山区和平大道899号门诊楼3楼）' }) }),
    ]);
    await page.goto(`${origin}/dev/`);
    await page.locator('#outbox .message').filter({ hasText: notificationTemplates.healthReminder.label }).first().waitFor();
    await shots.shoot(page, '06a-dev-panel-reminder');

    await signInAs(page, origin, 'demo-staff', routes.me);
    const entry = shownPage(page).locator('.nx-me-health');
    await entry.waitFor();
    await entry.tap();
    const row = shownPage(page).locator(`#nx-hstaff-plan-${planId}`);
    await row.waitFor();
    await expect(shownPage(page).locator('.nx-hstaff__today').textContent()).resolves.toBe('今天是12月4日 周五');
    await shots.shoot(page, '06-staff-plans');

    await row.locator('.nx-hstaff-checkin').tap();
    await shownPage(page).locator('#nx-site-s1').waitFor();
    // At the bus first: the booking is at the hospital, and the page says so.
    await shownPage(page).locator('#nx-site-s1').tap();
    const codeInput = shownPage(page).locator('.nx-hcheckin-code input');
    await codeInput.fill(code.toLowerCase());
    const refused = waitForAction(page, 'health', 'checkIn');
    await shownPage(page).locator('.nx-hcheckin-submit').tap();
    expect(await (await refused).json()).toMatchObject({ ok: false, error: { code: 'HEALTH.WRONG_SITE' } });
    await expect(shownPage(page).locator('.nx-hcheckin-fail').textContent()).resolves.toContain('这个预约在“康宁医院体检中心”，不在这里');
    await shots.shoot(page, '07-checkin-wrong-site');

    await shownPage(page).locator('#nx-site-s2').tap();
    await codeInput.fill(`${code.slice(0, 4)}-${code.slice(4)}`);
    const checkedIn = waitForAction(page, 'health', 'checkIn');
    await shownPage(page).locator('.nx-hcheckin-submit').tap();
    expect(await (await checkedIn).json()).toMatchObject({ ok: true, data: { name: '李明辉' } });
    const ok = shownPage(page).locator('.nx-hcheckin-ok');
    await expect(ok.locator('.nx-hcheckin-name').textContent()).resolves.toBe('李明辉');
    await expect(ok.innerText()).resolves.toMatch(/请核对身份证：420107\*{8}\d{3}[\dX]/);
    await expect(page.locator('body').innerText()).resolves.not.toContain('42010719910314');
    await expectReadable(page, '现场签到');
    await shots.shoot(page, '08-checked-in');

    await codeInput.fill(code);
    const again = waitForAction(page, 'health', 'checkIn');
    await shownPage(page).locator('.nx-hcheckin-submit').tap();
    expect(await (await again).json()).toMatchObject({ ok: false, error: { code: 'HEALTH.ALREADY_CHECKED_IN' } });
    await expect(shownPage(page).locator('.nx-hcheckin-fail').textContent()).resolves.toContain('已经在12月4日 08:5');
  });

  it('the stats show the check-in by slot, site and occupation', async () => {
    await signInAs(page, origin, 'demo-staff', `/#/packages/health/staff/stats?planId=${planId}`);
    const totals = shownPage(page).locator('.nx-hstats-totals');
    await totals.waitFor();
    await expect(shownPage(page).locator('#nx-hstats-checked-in .nx-hstat__number').textContent()).resolves.toBe('1');
    await expect(shownPage(page).locator('#nx-hstats-occupation-rider').textContent()).resolves.toBe('外卖骑手约1 · 到1 · 未到0');
    await expect(shownPage(page).locator('#nx-hstats-site-s2').innerText()).resolves.toContain('约1/150 · 到1 · 未到0');
    await shownPage(page).locator('#nx-hstats-site-tab-s2').tap();
    await expect(shownPage(page).locator(`#nx-hstats-slot-${movedSlot}`).innerText()).resolves.toContain('约1/10 · 到1 · 未到0');
    await expectReadable(page, '预约统计');
    await shots.shoot(page, '09-stats');
    expect(await callAs<Stats>(origin, 'demo-staff', 'health', 'planStats', { planId })).toMatchObject({ totals: { booked: 1, checkedIn: 1 } });
  });

  it('demo-member sees 已签到 on their booking', async () => {
    await signInAs(page, origin, 'demo-member', `/#/packages/health/booking?planId=${planId}`);
    const status = shownPage(page).locator('#nx-hbooking .nx-health-status');
    await status.waitFor();
    await expect(status.textContent()).resolves.toBe('已签到');
    await expect(shownPage(page).locator('.nx-hbooking-code').count()).resolves.toBe(0);
    await shots.shoot(page, '10-member-checked-in');
  });

  it('大字模式 grows every 体检 page a worker reads', async () => {
    const medianOf = async (route: string, ready: string, large: boolean) => {
      await signInAs(page, origin, 'demo-member', route);
      await setLargeText(page, large);
      await page.reload();
      await shownPage(page).locator(ready).first().waitFor();
      return medianFontSize(await sampleVisibleText(page));
    };
    for (const [name, route, ready] of [
      ['体检预约', routes.health, `#nx-plan-${planId}`],
      ['选时间预约', `/#/packages/health/plan?planId=${planId}`, '.nx-health-slot'],
    ] as const) {
      const normal = await medianOf(route, ready, false);
      const large = await medianOf(route, ready, true);
      await shownPage(page).locator('.nx-shell--large').waitFor();
      measured[`大字模式 ${name} (median px)`] = [normal, large];
      expect(large).toBeGreaterThan(normal);
      await expectReadable(page, `${name} 大字模式`);
      await shots.shoot(page, `10b-large-${name === '体检预约' ? 'home' : 'plan'}`);
    }
    await setLargeText(page, null);
  });

  it('demo-admin plans a new check and schedules a bus for two mornings', async () => {
    await signInAs(page, origin, 'demo-admin', routes.staff, { clearStorage: true });
    await shownPage(page).locator('.nx-hstaff-create').tap();
    const form = shownPage(page).locator('.nx-hplanform');
    await form.locator('.nx-hplanform-title input').waitFor();
    await form.locator('.nx-hplanform-submit').tap();
    await expect(form.locator('#nx-field-title .nx-field-error').textContent()).resolves.toBe('标题至少4个字');
    await shots.shoot(page, '11-plan-form-errors');

    await form.locator('.nx-hplanform-title input').fill('快递员春季免费体检');
    await form.locator('.nx-hplanform-provider input').fill('青山区康宁医院体检中心');
    await form.locator('#nx-hplanform-kind-0-bus').tap();
    await form.locator('.nx-hplanform-site-name-0 input').fill('中通分拨中心B区门口');
    await form.locator('.nx-hplanform-site-address-0 input').fill('青山区工业大道88号物流园B区');
    await form.locator('.nx-hplanform-first-day input').fill('2026-12-10');
    await form.locator('.nx-hplanform-last-day input').fill('2026-12-11');
    await form.locator('#nx-hplanform-occupation-courier').tap();
    await expectReadable(page, '新建体检计划');
    await shots.shoot(page, '12-plan-form');
    const created = waitForAction(page, 'health', 'createPlan');
    await form.locator('.nx-hplanform-submit').tap();
    const plan = (await (await created).json()) as { ok: boolean; data: { id: string } };
    expect(plan).toMatchObject({ ok: true });

    const slotsPage = shownPage(page).locator('.nx-hslots');
    await slotsPage.locator('.nx-hslots-created').waitFor();
    await slotsPage.locator('#nx-hslots-day-2026-12-10').tap();
    await slotsPage.locator('#nx-hslots-day-2026-12-11').tap();
    for (const range of ['08:00-08:30', '08:30-09:00', '09:00-09:30']) await slotsPage.locator(`[id="nx-hslots-time-${range}"]`).tap();
    await expect(slotsPage.innerText()).resolves.toContain('将排6个时段，共36个名额');
    const generated = waitForAction(page, 'health', 'generateSlots');
    await slotsPage.locator('.nx-hslots-generate').tap();
    expect(await (await generated).json()).toMatchObject({ ok: true, data: { created: 6 } });
    // The list reloads after the answer: wait for the sixth row, then count.
    await slotsPage.locator('.nx-hslots-row').nth(5).waitFor();
    await expect(slotsPage.locator('.nx-hslots-row').count()).resolves.toBe(6);
    await shots.shoot(page, '13-slots');
  });
});
