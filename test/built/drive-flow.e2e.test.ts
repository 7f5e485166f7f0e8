import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { maskIdNumber, maskPhone } from '@core/rules/mask';
import { demoStationId } from '../../cloudfunctions/common/local-host/seed/demo-stations';
import { testIdNumber, testPhone } from '../support/id-numbers';
import type { RunningHost } from '../support/local-host';
import { launchBigScreen, type BigScreen } from '../support/browser/big-screen';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { callAs, signInAs, waitForAction } from '../support/browser/local-session';
import { readabilityChecks, sampleVisibleText, shownPage } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';
import { workerHands } from '../support/browser/worker-hands';

/**
 * 双覆盖 双推进, end to end in a real browser on the local host (H5 build, fresh seeded database):
 * demo-staff creates a drive and gets its QR code; a worker who never used the app opens the code's
 * link, signs in with one tap and joins with the drive's union filled in (taps and typed fields
 * counted); demo-staff approves on site; the big-screen board (1920×1080) and the dashboard show the
 * new member; the member list exports as .xlsx with masked ID and phone. The drive has a place on the
 * map and a gift campaign: the worker is told of it after sign-in and claims it once approved.
 * Screenshots: test-output/e2e/drive-flow/.
 */
const staff = 'demo-staff';
const staffUnion = { id: 'meituan-changqing', name: '青山区美团外卖长青站点工会' };
const worker = {
  openid: 'e2e-drive-worker',
  name: '赵小龙',
  idNumber: testIdNumber(377, '420107', '19960521'),
  phone: testPhone(20261201),
  workArea: '青山区长青街道',
};
const driveTitle = '长青站骑手集中入会日';
/** A members-only campaign of demo-staff's union, made by demo-admin before the drive links it. */
const giftTitle = '长青站入会礼包';
const { expectReadable } = readabilityChecks({ moreTextsThan: 3 });

describe('双覆盖活动 in the browser: create, scan, sign in, join, approve on site, board, dashboard, export', () => {
  let host: RunningHost | undefined;
  let phone: MobileBrowser | undefined;
  let screen: BigScreen | undefined;
  let page: Page;
  let origin: string;
  const shots = screenshotsFor('drive-flow');
  let driveId = '';
  let entryLink = '';

  beforeAll(async () => {
    ({ host, phone } = await startHostAndPhone());
    origin = host.origin;
    page = phone.page;
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, screen, phone);
  });

  it('demo-staff creates a drive from 我的 and gets its QR code and link', async () => {
    const now = Date.now();
    const hourMs = 3_600_000;
    await callAs(origin, 'demo-admin', 'welfare', 'createCampaign', {
      unionId: staffUnion.id,
      kind: 'other',
      title: giftTitle,
      description: '入会即送：雨衣和手机支架',
      membersOnly: true,
      occupations: [],
      perPerson: 'once',
      claimStartsAt: now - hourMs,
      claimEndsAt: now + 7 * 24 * hourMs,
      pickupStartsAt: now - hourMs,
      pickupEndsAt: now + 14 * 24 * hourMs,
      voucherValidHours: 72,
      stockMode: 'pooled',
      totalStock: 20,
      stations: [{ stationId: demoStationId }],
    });
    await signInAs(page, origin, staff, '/#/pages/me/index', { clearStorage: true });
    await shownPage(page).locator('.nx-me-drives').tap();
    await shownPage(page).locator('.nx-drives-create').tap();
    const form = shownPage(page).locator('.nx-drive-create');
    await form.locator('.nx-drive-title input').fill(driveTitle);
    await form.locator('#nx-kind-warmth').tap();
    await form.locator(`#nx-union-${staffUnion.id}`).tap();
    await form.locator('.nx-drive-place input').fill('美团外卖长青站（长青路128号）');
    await form.locator('#nx-hour-now').tap();
    await form.locator('#nx-audience-rider').tap();
    await form.locator('#nx-platform-美团').tap();
    // The place on the map, typed (the browser here has no position to give), and the gift for joiners.
    await form.locator('.nx-drive-lat input').fill('30.63951');
    await form.locator('.nx-drive-lng input').fill('114.39021');
    await form.locator('[id^="nx-campaign-"]').filter({ hasText: giftTitle }).tap();
    await expectReadable(page, 'create form');
    await shots.shoot(page, '01-staff-create');

    const created = waitForAction(page, 'drive', 'create');
    await form.locator('.nx-drive-submit').tap();
    const body = (await (await created).json()) as { ok: boolean; data: { id: string; entryPath: string } };
    expect(body).toMatchObject({ ok: true, data: { location: { latitude: 30.63951, longitude: 114.39021 }, giftCampaign: { title: giftTitle } } });
    driveId = body.data.id;

    const detail = shownPage(page).locator('.nx-drive-detail');
    await detail.locator('.nx-drive-qr__image img, img.nx-drive-qr__image, .nx-drive-qr__image').first().waitFor();
    entryLink = (await detail.locator('.nx-drive-link').textContent()) ?? '';
    expect(entryLink).toBe(`${origin}/#/packages/drive/index?drive=${driveId}`);
    // The QR image is served by the host and is a PNG.
    const qrSrc = await detail.locator('img').first().getAttribute('src');
    const qr = await page.request.get(new URL(qrSrc ?? '', origin).toString());
    expect(qr.headers()['content-type']).toBe('image/png');
    await expect(detail.locator('.nx-drive-audience').innerText()).resolves.toBe('面向：外卖骑手 · 美团');
    await expect(detail.locator('.nx-drive-gift').innerText()).resolves.toBe(`入会送礼包：${giftTitle}`);
    await expect(detail.locator('.nx-drive-navigate').innerText()).resolves.toBe('复制活动现场地址');
    await detail.locator('.nx-onsite-empty').waitFor();
    await expectReadable(page, 'drive detail');
    await shots.shoot(page, '02-staff-drive-qr');
  });

  it('a worker opens the QR link, signs in with one tap and joins in at most 6 taps and 6 typed fields', async () => {
    await signInAs(page, origin, worker.openid, entryLink.slice(origin.length), { clearStorage: true });
    const entry = shownPage(page).locator('.nx-drive-entry');
    await entry.locator('.nx-drive-entry__title').filter({ hasText: driveTitle }).waitFor();
    await expectReadable(page, 'drive entry');
    await shots.shoot(page, '03-worker-entry');

    const hands = workerHands();
    const signedIn = waitForAction(page, 'drive', 'signIn');
    await hands.tap(entry.locator('#nx-drive-occupation-rider'));
    expect(await (await signedIn).json()).toMatchObject({ ok: true, data: { firstTime: true, membership: 'none' } });
    await entry.locator('.nx-drive-signed-in').waitFor();
    await expect(entry.locator('.nx-gift-card').innerText()).resolves.toContain(`入会送礼包：${giftTitle}`);
    await shots.shoot(page, '04-worker-signed-in');

    await hands.tap(entry.locator('.nx-drive-join'));
    const form = shownPage(page).locator('.nx-join');
    await form.locator('.nx-join-drive').filter({ hasText: driveTitle }).waitFor();
    await expect(form.locator(`#nx-union-${staffUnion.id}`).getAttribute('class')).resolves.toContain('nx-choice--selected');
    await hands.type(form.locator('.nx-join-name input'), worker.name);
    await hands.type(form.locator('.nx-join-id-number input'), worker.idNumber);
    await hands.type(form.locator('.nx-join-phone input'), worker.phone);
    await hands.tap(form.locator('#nx-occupation-rider'));
    await hands.type(form.locator('.nx-join-work-area input'), worker.workArea);
    await hands.tap(form.locator('.nx-consent-privacy'));
    await hands.tap(form.locator('.nx-consent-sensitive'));
    await shots.shoot(page, '05-worker-join-filled');
    const joined = waitForAction(page, 'member', 'join');
    await hands.tap(form.locator('.nx-join-submit'));
    expect(await (await joined).json()).toMatchObject({ ok: true, data: { status: 'pending', union: staffUnion } });

    const effort = { driveJoinTaps: hands.taps, driveJoinTypedFields: hands.typedFields };
    console.log(JSON.stringify(effort));
    expect(effort.driveJoinTaps).toBeLessThanOrEqual(6);
    expect(effort.driveJoinTypedFields).toBeLessThanOrEqual(6);
    await shownPage(page).locator('#nx-status .nx-status-badge--pending').waitFor();
    await expect(shownPage(page).locator('.nx-gift-card').innerText()).resolves.toContain('审核通过后在这里领取');
  });

  it('demo-staff approves the join on site from the drive page', async () => {
    await signInAs(page, origin, staff, `/#/packages/drive/staff/detail?drive=${driveId}`);
    const row = shownPage(page).locator(`#nx-onsite-${worker.openid}`);
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(maskIdNumber(worker.idNumber));
    expect(rowText).not.toContain(worker.idNumber);
    await shots.shoot(page, '06-staff-onsite-queue');
    const reviewed = waitForAction(page, 'member', 'review');
    await row.locator('.nx-onsite-approve').tap();
    expect(await (await reviewed).json()).toMatchObject({ ok: true, data: { status: 'approved' } });
    await row.waitFor({ state: 'detached' });
    await shownPage(page).locator('.nx-drive-figures').filter({ hasText: '1新会员' }).waitFor();
    await shots.shoot(page, '07-staff-approved');
  });

  it('the new member finds the drive\'s gift on their status page and goes to claim it', async () => {
    await signInAs(page, origin, worker.openid, '/#/packages/join/status');
    const gift = shownPage(page).locator('.nx-gift-card');
    await gift.locator('.nx-gift-claim').waitFor();
    await expect(gift.innerText()).resolves.toContain(`入会送礼包：${giftTitle}`);
    await expectReadable(page, 'status with gift');
    await shots.shoot(page, '07b-worker-gift-to-claim');
    await gift.locator('.nx-gift-claim').tap();
    await shownPage(page).locator('.nx-welfare').filter({ hasText: giftTitle }).waitFor();
  });

  it('the big-screen board at 1920×1080 shows the sign-in and the new member, readable across a room', async () => {
    screen = await launchBigScreen();
    const board = screen.page;
    board.setDefaultTimeout(15000);
    await signInAs(board, origin, staff, `/#/packages/drive/staff/board?drive=${driveId}`);
    const approved = board.locator('.nx-board-approved .nx-board__value');
    await approved.waitFor();
    await expect(approved.textContent()).resolves.toBe('1');
    await expect(board.locator('.nx-board-signed-in .nx-board__value').textContent()).resolves.toBe('1');
    await expect(board.locator('.nx-board-row-rider').innerText()).resolves.toContain('签到 1 · 入会 1');
    // Across a room: the numbers are a tenth of the screen high, the smallest text over 24px.
    const valuePx = await approved.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(valuePx).toBeGreaterThanOrEqual(150);
    const samples = await sampleVisibleText(board);
    expect(Math.min(...samples.map((sample) => sample.fontSizePx))).toBeGreaterThanOrEqual(24);
    await board.screenshot({ path: `${shots.dir}/08-board-1920x1080.png` });

    // It refreshes by itself: a second worker signs in and the board follows within a few seconds.
    await callAs(origin, 'e2e-drive-worker-2', 'drive', 'signIn', { driveId, occupation: 'courier' });
    await board.locator('.nx-board-signed-in .nx-board__value').filter({ hasText: '2' }).waitFor({ timeout: 12000 });
  });

  it('the dashboard shows the new member, and the member list downloads as .xlsx without plaintext ID or phone', async () => {
    await signInAs(page, origin, staff, '/#/pages/me/index');
    await shownPage(page).locator('.nx-me-dashboard').tap();
    const dashboard = shownPage(page).locator('.nx-dash');
    await dashboard.locator('.nx-dash-focus').filter({ hasText: staffUnion.name }).waitFor();
    const figures = await callAs<{ members: { newThisMonth: number; byPlatform: Array<{ key: string }> } }>(origin, staff, 'stats', 'dashboard', {});
    await expect(dashboard.locator('#nx-dash-new .nx-dash-figure__value').textContent()).resolves.toBe(String(figures.members.newThisMonth));
    expect(figures.members.newThisMonth).toBeGreaterThanOrEqual(1);
    await expect(dashboard.locator('.nx-dash-drives #nx-metric-joined').innerText()).resolves.toContain('本月 1');
    await expectReadable(page, 'dashboard');
    await shots.shoot(page, '09-dashboard');

    const download = page.waitForEvent('download');
    const exported = waitForAction(page, 'stats', 'export');
    await dashboard.locator('.nx-export-members').tap();
    expect(await (await exported).json()).toMatchObject({ ok: true, data: { truncated: false } });
    const file = await (await download).path();
    const bytes = readFileSync(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(worker.name);
    expect(cells).toContain(maskIdNumber(worker.idNumber));
    expect(cells).toContain(maskPhone(worker.phone));
    expect(cells.join('\n')).not.toContain(worker.idNumber);
    expect(cells.join('\n')).not.toContain(worker.phone);
    await shots.shoot(page, '10-dashboard-exported');
  });
});
