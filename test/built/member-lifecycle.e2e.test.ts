import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { maskIdNumber } from '@core/rules/mask';
import { demoMember } from '../../cloudfunctions/common/local-host/seed/demo-people';
import { demoUnionById, secondStaffUnionId, staffUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import type { RunningHost } from '../support/local-host';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { secondsSince, startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { callAs, signInAs, tabBarItem, waitForAction } from '../support/browser/local-session';
import { readabilityChecks, shownPage } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';
import { workerHands } from '../support/browser/worker-hands';

/**
 * A life on the move, end to end in a real browser (the H5 build on the local host, fresh seeded
 * database, Debian's Chromium as a phone): demo-member, a 美团 rider, asks to transfer to the 饿了么
 * depot's union; demo-staff-2, its reviewer, accepts; the member card shows the new union with the
 * same member number. Then the member exports everything the union holds about them — their ID
 * number in full, to them alone — and deletes it. Screenshots in test-output/e2e/member-lifecycle/.
 */
const member = { openid: 'demo-member', name: demoMember.name, idNumber: demoMember.idNumber };
const staff2 = 'demo-staff-2';
const from = demoUnionById(staffUnionId);
const to = demoUnionById(secondStaffUnionId);
const routes = { me: '/#/pages/me/index', card: '/#/pages/card/index', home: '/#/pages/home/index' };
const { expectReadable, expectTappable } = readabilityChecks({ moreTextsThan: 3 });

describe('会籍转移 and the worker\'s own data in the browser', () => {
  let host: RunningHost | undefined;
  let browser: MobileBrowser | undefined;
  let page: Page;
  let origin: string;
  const shots = screenshotsFor('member-lifecycle');
  const started = Date.now();
  const effort: Record<string, number> = {};

  beforeAll(async () => {
    ({ host, phone: browser } = await startHostAndPhone());
    origin = host.origin;
    page = browser.page;
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, browser);
    console.log(JSON.stringify({ memberLifecycleSeconds: secondsSince(started), effort }));
  });

  it('demo-member asks to transfer to the 饿了么 depot\'s union from 我的', async () => {
    await signInAs(page, origin, member.openid, routes.me, { clearStorage: true });
    const me = shownPage(page);
    // 我的记录: the membership among whatever else the demo seeded (a legal case, a health booking…).
    await me.locator('#nx-timeline .nx-timeline-entry', { hasText: '入会通过' }).waitFor();
    await expectReadable(page, '我的');
    await expectTappable({ cells: me.locator('.nx-me-transfer, .nx-me-phone, .nx-me-withdraw, .nx-me-my-data, .nx-me-delete') }, '我的');
    await shots.shoot(page, '01-me');

    const hands = workerHands();
    await hands.tap(me.locator('.nx-me-transfer'));
    const form = shownPage(page).locator('.nx-transfer');
    await form.locator('.nx-transfer-current').waitFor();
    await expect(form.locator('.nx-transfer-current').textContent()).resolves.toBe(from.name);
    const target = form.locator(`#nx-union-${to.id}`);
    await target.waitFor();
    // The union the member is already in is not offered.
    await expect(form.locator(`#nx-union-${from.id}`).count()).resolves.toBe(0);
    await hands.tap(target);
    await hands.type(form.locator('.nx-transfer-note textarea'), '我换到饿了么港都站跑单了');
    await expectReadable(page, '转会');
    await expectTappable({ unions: form.locator('.nx-union'), submit: form.locator('.nx-transfer-submit') }, '转会');
    await shots.shoot(page, '02-transfer-form');

    const requested = waitForAction(page, 'member', 'requestTransfer');
    await hands.tap(form.locator('.nx-transfer-submit'));
    expect(await (await requested).json()).toMatchObject({ ok: true, data: { status: 'pending', to: { id: to.id } } });
    await form.locator('#nx-transfer-status .nx-transfer-badge--pending').waitFor();
    await expect(form.locator('.nx-transfer-to').textContent()).resolves.toBe(to.name);
    effort.transferTaps = hands.taps;
    effort.transferTypedFields = hands.typedFields;
    expect(hands.taps).toBeLessThanOrEqual(3);
    await shots.shoot(page, '03-transfer-pending');
  });

  it('demo-staff-2 finds the request in 转会审核, masked, and accepts it', async () => {
    await signInAs(page, origin, staff2, routes.me);
    const me = shownPage(page);
    await me.locator('.nx-me-transfers').waitFor();
    const loaded = waitForAction(page, 'member', 'transfers');
    await me.locator('.nx-me-transfers').tap();
    await loaded;
    const row = shownPage(page).locator('.nx-transfer-row').filter({ hasText: member.name });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(maskIdNumber(member.idNumber));
    expect(rowText).not.toContain(member.idNumber);
    expect(rowText).toContain('我换到饿了么港都站跑单了');
    expect(rowText).toContain(from.name);
    await expectReadable(page, '转会审核');
    await expectTappable({ accept: row.locator('.nx-transfer-accept'), refuse: row.locator('.nx-transfer-refuse') }, '转会审核');
    await shots.shoot(page, '04-staff-queue');

    await row.locator('.nx-transfer-accept').tap();
    const dialog = page.locator('.nx-transfer-accept-dialog');
    await dialog.filter({ hasText: member.name }).waitFor();
    await shots.shoot(page, '05-staff-confirm');
    const decided = waitForAction(page, 'member', 'decideTransfer');
    await dialog.locator('.nut-dialog-footer-ok').tap();
    expect(await (await decided).json()).toMatchObject({ ok: true, data: { status: 'accepted' } });
    await row.waitFor({ state: 'detached' });
    await shots.shoot(page, '06-staff-accepted');
  });

  it('the member card now shows the new union, with the same member number', async () => {
    const before = await callAs<{ memberNo: string }>(origin, member.openid, 'member', 'card', {});
    await signInAs(page, origin, member.openid, routes.card);
    const card = shownPage(page).locator('#nx-member-card');
    await card.waitFor();
    await expect(card.locator('.nx-card-union').textContent()).resolves.toBe(to.name);
    await expect(card.locator('.nx-card-member-no').textContent()).resolves.toBe(before.memberNo);
    expect(before.memberNo).toBe('NX2026000001');
    await shots.shoot(page, '07-card-new-union');

    await tabBarItem(page, '我的').tap();
    const me = shownPage(page);
    await me.locator('.nx-timeline-entry', { hasText: '申请转会' }).waitFor();
    await expect(me.locator('.nx-timeline-entry', { hasText: '申请转会' }).innerText()).resolves.toContain('已转入');
    await expect(me.locator('.nx-me__union').textContent()).resolves.toBe(to.name);
    await shots.shoot(page, '08-me-after-transfer');
  });

  it('the member sees and downloads everything held about them, their ID number in full to them alone', async () => {
    const me = shownPage(page);
    await me.locator('.nx-me-my-data').tap();
    const data = shownPage(page).locator('.nx-my-data');
    await data.locator('.nx-my-data__section').first().waitFor();
    const text = await data.innerText();
    expect(text).toContain(member.idNumber);
    expect(text).toContain(demoMember.phone);
    expect(text).toContain(to.name);
    expect(text).toContain('入会和会籍');
    await expectReadable(page, '我的信息');
    await shots.shoot(page, '09-my-data');
    // The whole export is many screens long: also the first screen and the buttons as a phone shows them.
    await page.screenshot({ path: path.join(shots.dir, '09a-my-data-first-screen.png') });
    await data.locator('.nx-my-data-save').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(shots.dir, '09b-my-data-buttons.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), data.locator('.nx-my-data-save').tap()]);
    expect(download.suggestedFilename()).toBe('暖新-我的信息.json');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { 内容: Record<string, { 入会信息: Record<string, string> }> };
    expect(exported.内容['入会和会籍'].入会信息).toMatchObject({ 姓名: member.name, 身份证号: member.idNumber, 所在工会: to.name });
  });

  it('the member deletes their data after being told what happens and asked twice; nothing of them is left', async () => {
    await shownPage(page).locator('.nx-my-data-delete').tap();
    const erase = shownPage(page).locator('.nx-delete');
    await erase.locator('.nx-delete-warning').first().waitFor();
    // Told first: the membership ends, and the legal case the demo seeded open is closed as withdrawn.
    const warnings = (await erase.locator('.nx-delete-warning').allInnerTexts()).join('\n');
    expect(warnings).toContain('退出工会');
    expect(warnings).toMatch(/1件还在办理的法律援助案件.*撤回/);
    await expectReadable(page, '删除我的信息');
    await shots.shoot(page, '10-delete-preview');

    const hands = workerHands();
    await hands.tap(erase.locator('.nx-delete-submit'));
    await page.locator('.nx-delete-sure').filter({ hasText: '确定要删除吗？' }).waitFor();
    await shots.shoot(page, '11-delete-first-confirm');
    await hands.tap(page.locator('.nx-delete-sure .nut-dialog-footer-ok'));
    await page.locator('.nx-delete-last').filter({ hasText: '最后确认' }).waitFor();
    await shots.shoot(page, '12-delete-last-confirm');
    const deleted = waitForAction(page, 'member', 'deleteMine');
    await hands.tap(page.locator('.nx-delete-last .nut-dialog-footer-ok'));
    expect(await (await deleted).json()).toMatchObject({ ok: true });
    effort.deleteTaps = hands.taps;
    await erase.locator('#nx-delete-done').waitFor();
    const notices = (await erase.locator('.nx-delete-notice').allInnerTexts()).join('\n');
    expect(notices).toContain('已退出工会');
    expect(notices).toContain('法律援助案件已作为“当事人撤回”关闭');
    await shots.shoot(page, '13-deleted');

    // Nothing is found any more: not by the app, not through the export.
    await expect(callAs(origin, member.openid, 'member', 'me', {})).resolves.toMatchObject({ member: null, transfer: null });
    await expect(callAs(origin, member.openid, 'member', 'exportMine', {})).resolves.toMatchObject({ sections: [] });
    await expect(callAs(origin, member.openid, 'member', 'card', {})).rejects.toThrow('MEMBER.NOT_MEMBER');
    // demo-staff-2's queue of accepted transfers no longer shows them.
    const accepted = await callAs<{ items: unknown[] }>(origin, staff2, 'member', 'transfers', { status: 'accepted' });
    expect(JSON.stringify(accepted)).not.toContain(member.name);
    // Nor does the phone keep a copy.
    await expect(page.evaluate(() => JSON.stringify({ ...window.localStorage }))).resolves.not.toContain(member.idNumber);

    await erase.locator('.nx-delete-home').tap();
    await shownPage(page).locator('.nx-home-join').waitFor();
    await shots.shoot(page, '14-home-after-delete');
  });
});
