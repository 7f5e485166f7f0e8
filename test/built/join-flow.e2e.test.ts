import type { Page, Request } from 'playwright-core';
import { idNumberProblem } from '@core/rules/id-number';
import { maskIdNumber } from '@core/rules/mask';
import { notificationTemplates } from '@core/enums/notification-templates';
import { testIdNumber, testPhone } from '../support/id-numbers';
import type { RunningHost } from '../support/local-host';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { secondsSince, startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { callAs, signInAs, tabBarItem, waitForAction } from '../support/browser/local-session';
import { medianFontSize, minFontPx, readabilityChecks, sampleVisibleText, shownPage } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';
import { workerHands } from '../support/browser/worker-hands';

/**
 * 入会, end to end in a real browser: the H5 build (dist/h5) on the local host with a fresh seeded
 * database, in Debian's Chromium as a phone. demo-worker joins from the home page, demo-staff approves,
 * demo-worker gets the member card. Screenshots land in test-output/e2e/join-flow/ for people to look at.
 */
const worker = {
  openid: 'demo-worker',
  name: '王建国',
  idNumber: testIdNumber(271, '530321', '19920315'),
  phone: testPhone(20261129),
  workArea: '青山区长青街道',
};
const staffOpenid = 'demo-staff';
const staffUnion = { id: 'meituan-changqing', name: '青山区美团外卖长青站点工会' };
const routes = {
  home: '/#/pages/home/index',
  join: '/#/packages/join/index',
  status: '/#/packages/join/status',
  me: '/#/pages/me/index',
};
const checksumMessage = '身份证号校验不通过，请逐位核对';

/** The same number with a wrong check character (a digit, so only the checksum is wrong). */
const withWrongCheckChar = (id: string): string => `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;

type Queue = { items: { id: string }[] };
const pendingIdsOf = async (origin: string) =>
  (await callAs<Queue>(origin, staffOpenid, 'member', 'applications', { status: 'pending', limit: 100 })).items.map((item) => item.id);

/** The join form's parts, scoped to the page being shown. */
const joinForm = (page: Page) => {
  const form = shownPage(page).locator('.nx-join');
  return {
    form,
    name: form.locator('.nx-join-name input'),
    idNumber: form.locator('.nx-join-id-number input'),
    phone: form.locator('.nx-join-phone input'),
    workArea: form.locator('.nx-join-work-area input'),
    rider: form.locator('#nx-occupation-rider'),
    union: form.locator(`#nx-union-${staffUnion.id}`),
    unionChoices: form.locator('.nx-union'),
    consentPrivacy: form.locator('.nx-consent-privacy'),
    consentSensitive: form.locator('.nx-consent-sensitive'),
    submit: form.locator('.nx-join-submit'),
    fieldError: (field: string) => form.locator(`#nx-field-${field} .nx-field-error`),
  };
};

/** What the readability checks measured is printed once at the end for people reading the run. */
const { measured, expectReadable, expectTappable } = readabilityChecks();

describe('入会 in the browser: demo-worker joins, demo-staff approves, the member card appears', () => {
  let host: RunningHost | undefined;
  let browser: MobileBrowser | undefined;
  let page: Page;
  let origin: string;
  const shots = screenshotsFor('join-flow');
  const started = Date.now();
  let memberNo = '';

  beforeAll(async () => {
    ({ host, phone: browser } = await startHostAndPhone());
    origin = host.origin;
    page = browser.page;
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, browser);
    console.log(JSON.stringify({ joinFlowSeconds: secondsSince(started), readability: measured }));
  });

  it('refuses an ID number with a wrong check character next to the field, and submits nothing', async () => {
    const typo = withWrongCheckChar(testIdNumber(272, '530321', '19900101'));
    expect(idNumberProblem(typo)).toBe('checksum');
    await signInAs(page, origin, 'e2e-typo-worker', routes.join, { clearStorage: true });
    const form = joinForm(page);
    await form.unionChoices.first().waitFor();
    const pendingBefore = await pendingIdsOf(origin);
    const joinRequests: string[] = [];
    const recordJoin = (request: Request) => {
      if (new URL(request.url()).pathname === '/api/member' && /"action":\s*"join"/.test(request.postData() ?? '')) joinRequests.push(request.url());
    };
    page.on('request', recordJoin);

    // Readable and easy to hit, before anything is typed.
    await expectReadable(page, 'join form');
    const targets = await expectTappable(
      {
        occupations: form.form.locator('.nx-occupation'),
        unions: form.unionChoices,
        consentPrivacy: form.consentPrivacy,
        consentSensitive: form.consentSensitive,
        submit: form.submit,
      },
      'join',
    );
    expect(targets.find((target) => target.name === 'occupations')?.count).toBe(7);
    await shots.shoot(page, '02-join-empty');

    await form.name.fill('李小东');
    await form.idNumber.fill(typo);
    await form.phone.fill(testPhone(20261130));
    await form.rider.tap();
    await form.workArea.fill(worker.workArea);
    // demo-staff's union, so a submission that slipped through would show in their queue.
    await form.union.tap();
    await form.consentPrivacy.tap();
    await form.consentSensitive.tap();
    // Checked as you type: the message is there as soon as the 18th character is.
    await expect(form.fieldError('idNumber').textContent()).resolves.toBe(checksumMessage);

    await form.submit.tap();
    await page.locator('.nx-toast, .nut-toast').filter({ hasText: '请按红字提示修改' }).first().waitFor();
    await expect(form.fieldError('idNumber').textContent()).resolves.toBe(checksumMessage);
    await expect(form.fieldError('idNumber').isVisible()).resolves.toBe(true);
    await shots.shoot(page, '03-join-error');
    await expect(form.fieldError('idNumber').evaluate((node) => parseFloat(getComputedStyle(node).fontSize))).resolves.toBeGreaterThanOrEqual(minFontPx);

    page.off('request', recordJoin);
    expect(joinRequests).toEqual([]);
    await expect(pendingIdsOf(origin)).resolves.toEqual(pendingBefore);
  });

  it('demo-worker joins from the home page in at most 6 taps and 6 typed fields; the status says 待审核', async () => {
    expect(idNumberProblem(worker.idNumber)).toBeNull();
    await signInAs(page, origin, worker.openid, routes.home, { clearStorage: true });
    const join = shownPage(page).locator('.nx-home-join');
    await join.waitFor();
    await expect(shownPage(page).locator('#nx-service-join').isVisible()).resolves.toBe(true);
    // Every service has shipped: no tile says 即将上线 any more.
    await expect(shownPage(page).locator('.nx-service--soon').count()).resolves.toBe(0);
    await expectReadable(page, 'home');
    await shots.shoot(page, '01-home');

    const hands = workerHands();
    await hands.tap(join);
    const form = joinForm(page);
    await form.name.waitFor();
    await hands.type(form.name, worker.name);
    await hands.type(form.idNumber, worker.idNumber);
    await hands.type(form.phone, worker.phone);
    await hands.tap(form.rider);
    await expect(form.rider.getAttribute('class')).resolves.toContain('nx-choice--selected');
    await hands.type(form.workArea, worker.workArea);
    // Occupation-aware suggestions: a rider sees the riders' unions first, demo-staff's among them.
    await form.union.waitFor({ timeout: 10000 }).catch(async () => {
      const offered = await form.unionChoices.evaluateAll((nodes) => nodes.map((node) => node.id));
      throw new Error(`#nx-union-${staffUnion.id} is not among the inline suggestions after choosing 外卖骑手: ${offered.join(', ')}`);
    });
    await hands.tap(form.union);
    await expect(form.union.getAttribute('class')).resolves.toContain('nx-choice--selected');
    await hands.tap(form.consentPrivacy);
    await hands.tap(form.consentSensitive);
    await expect(form.form.locator('.nx-field-error').count()).resolves.toBe(0);
    await shots.shoot(page, '04-join-filled');

    const joined = waitForAction(page, 'member', 'join');
    await hands.tap(form.submit);
    const answer = await joined;
    expect({ status: answer.status(), body: await answer.json() }).toMatchObject({ status: 200, body: { ok: true } });

    const counts = { joinTaps: hands.taps, joinTypedFields: hands.typedFields };
    console.log(JSON.stringify(counts));
    expect(counts.joinTaps).toBeLessThanOrEqual(6);
    expect(counts.joinTypedFields).toBeLessThanOrEqual(6);

    const status = shownPage(page).locator('#nx-status');
    await status.locator('.nx-status-badge--pending').waitFor();
    await expect(status.locator('.nx-status-badge').textContent()).resolves.toBe('待审核');
    await expect(shownPage(page).innerText()).resolves.toContain(maskIdNumber(worker.idNumber));
    await shots.shoot(page, '05-status-pending');
  });

  it('demo-staff finds the application in 入会审核 (masked, with its wait) and approves it', async () => {
    await signInAs(page, origin, staffOpenid, routes.me);
    const review = shownPage(page).locator('.nx-me-review');
    await review.waitFor();
    const queueLoaded = waitForAction(page, 'member', 'applications');
    await review.tap();
    await queueLoaded;

    const row = shownPage(page).locator(`#nx-app-${worker.openid}`);
    await row.waitFor();
    await expect(row.locator('.nx-app__name').textContent()).resolves.toBe(worker.name);
    const rowText = await row.innerText();
    expect(rowText).toContain(maskIdNumber(worker.idNumber));
    expect(maskIdNumber(worker.idNumber)).toMatch(/^530321\*{8}\d{3}[\dX]$/);
    expect(rowText).not.toContain(worker.idNumber);
    expect(rowText).not.toContain(worker.phone);
    expect(rowText).toContain(staffUnion.name);
    // Submitted a moment ago; the seeded applications have waited days. Oldest first: ours is last.
    await expect(row.locator('.nx-app-waiting').textContent()).resolves.toMatch(/今天提交|已等待\d+天/);
    const waits = await shownPage(page).locator('.nx-app-waiting').allTextContents();
    expect(waits.some((text) => /已等待\d+天/.test(text))).toBe(true);
    const rowIds = await shownPage(page).locator('.nx-app').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(rowIds[rowIds.length - 1]).toBe(`nx-app-${worker.openid}`);
    await expectReadable(page, 'staff queue');
    await shots.shoot(page, '06-staff-queue');

    await row.locator('.nx-app-approve').tap();
    const dialog = page.locator('.nx-approve-dialog');
    await dialog.filter({ hasText: worker.name }).waitFor();
    const reviewed = waitForAction(page, 'member', 'review');
    await dialog.locator('.nut-dialog-footer-ok').tap();
    const answer = await reviewed;
    const body = (await answer.json()) as { ok: boolean; data: { status: string; memberNo: string } };
    expect(body).toMatchObject({ ok: true, data: { status: 'approved' } });
    memberNo = body.data.memberNo;
    expect(memberNo).toMatch(/^NX\d{10}$/);
    await row.waitFor({ state: 'detached' });
    await expect(pendingIdsOf(origin)).resolves.not.toContain(worker.openid);
    await shots.shoot(page, '07-staff-approved');
  });

  it('demo-worker sees 已通过 and the member card: name, masked ID, union, member number, date, QR code', async () => {
    await signInAs(page, origin, worker.openid, routes.status);
    const status = shownPage(page).locator('#nx-status');
    await status.locator('.nx-status-badge--approved').waitFor();
    await expect(status.locator('.nx-status-badge').textContent()).resolves.toBe('已通过');
    await expect(status.locator('.nx-status-member-no').textContent()).resolves.toBe(memberNo);
    await shots.shoot(page, '08-status-approved');

    await signInAs(page, origin, worker.openid, routes.home);
    const home = shownPage(page).locator('.nx-home');
    await home.locator('.nx-home-card').waitFor();
    await expect(home.innerText()).resolves.toContain(memberNo);

    await tabBarItem(page, '会员卡').tap();
    const card = shownPage(page).locator('#nx-member-card');
    await card.waitFor();
    await expect(card.locator('.nx-card-name').textContent()).resolves.toBe(worker.name);
    await expect(card.locator('.nx-card-id').textContent()).resolves.toBe(maskIdNumber(worker.idNumber));
    await expect(card.locator('.nx-card-union').textContent()).resolves.toBe(staffUnion.name);
    await expect(card.locator('.nx-card-member-no').textContent()).resolves.toBe(memberNo);
    await expect(card.locator('.nx-card-joined').textContent()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const qr = card.locator('.nx-card-qr');
    const qrBox = await qr.boundingBox();
    expect(qrBox && Math.min(qrBox.width, qrBox.height)).toBeGreaterThanOrEqual(120);
    await expect(qr.locator('.nx-qr__run--dark').count()).resolves.toBeGreaterThan(50);
    // The full number is nowhere on the page, shown or hidden.
    await expect(page.locator('body').innerText()).resolves.not.toContain(worker.idNumber);
    await expect(page.content()).resolves.not.toContain(worker.idNumber);
    // Nor on the phone: the copy kept for a resubmission goes once the status page has seen 已通过.
    await expect(page.evaluate(() => JSON.stringify({ ...window.localStorage }))).resolves.not.toContain(worker.idNumber);
    const cardText = await expectReadable(page, 'member card');
    await shots.shoot(page, '09-card');

    // 大字模式 in 我的: the text grows there, and on the card tab that stays mounted.
    await tabBarItem(page, '我的').tap();
    const largeText = shownPage(page).locator('.nx-me-large-text');
    await largeText.waitFor();
    const meBefore = medianFontSize(await sampleVisibleText(page));
    const titleBefore = await shownPage(page).locator('.nx-card__title').first().evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    await largeText.tap();
    await shownPage(page).locator('.nx-shell--large').waitFor();
    const meAfter = medianFontSize(await expectReadable(page, '我的 in 大字模式'));
    const titleAfter = await shownPage(page).locator('.nx-card__title').first().evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    measured['大字模式 我的 (median, title px before → after)'] = [meBefore, meAfter, titleBefore, titleAfter];
    expect(meAfter).toBeGreaterThan(meBefore);
    expect(titleAfter).toBeGreaterThan(titleBefore);
    await shots.shoot(page, '10-me-large-text');

    await tabBarItem(page, '会员卡').tap();
    await shownPage(page).locator('.nx-shell--large #nx-member-card').waitFor();
    const cardLarge = await expectReadable(page, 'member card in 大字模式');
    expect(medianFontSize(cardLarge)).toBeGreaterThan(medianFontSize(cardText));
    await shots.shoot(page, '11-card-large-text');
  });

  it('the dev panel shows the approval notification sent to demo-worker', async () => {
    await page.goto(`${origin}/dev/`);
    const message = page.locator('#outbox .message').filter({ hasText: notificationTemplates.memberApproved.label }).filter({ hasText: worker.openid });
    await message.first().waitFor();
    await expect(message.first().innerText()).resolves.toContain(memberNo);
    await shots.shoot(page, '12-dev-panel');
  });
});
