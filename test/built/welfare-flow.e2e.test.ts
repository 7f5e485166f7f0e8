import type { Page } from 'playwright-core';
import { distanceM, wgs84ToGcj02, type LatLng } from '@core/rules/geo';
import { notificationTemplates } from '@core/enums/notification-templates';
import type { RunningHost } from '../support/local-host';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { secondsSince, startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { setLargeText, signInAs, waitForAction } from '../support/browser/local-session';
import { medianFontSize, minFontPx, readabilityChecks, sampleVisibleText, shownPage, shownPageSelector, textSmallerThan } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';
import { workerHands } from '../support/browser/worker-hands';

/**
 * 送清凉, end to end in a real browser: the H5 build on the local host with a fresh seeded database, in
 * Debian's Chromium as a phone standing beside the 美团长青站 station. demo-member claims the seeded pack
 * from the home page and sees the voucher; demo-staff looks the typed code up (masked holder) and
 * hands the pack out; the voucher then reads 已领取. Also: demo-admin gives the station a photo that
 * workers then see, and 附近驿站 with and without a location.
 * Screenshots land in test-output/e2e/welfare-flow/.
 */
const campaignId = 'cp_demo_cooling';
const depotStation = { id: 'st_meituan_changqing', name: '美团长青站骑手驿站', at: { lat: 30.64021, lng: 114.38972 } };
const routes = { home: '/#/pages/home/index', me: '/#/pages/me/index', vouchers: '/#/packages/welfare/vouchers', stations: '/#/packages/welfare/stations' };

/** The WGS-84 position a browser beside the station reports: GCJ-02 inverted by a few fixed-point steps. */
const wgs84Near = (gcj: LatLng): LatLng => {
  let guess = gcj;
  for (let i = 0; i < 5; i += 1) {
    const shifted = wgs84ToGcj02(guess);
    guess = { lat: guess.lat - (shifted.lat - gcj.lat), lng: guess.lng - (shifted.lng - gcj.lng) };
  }
  return guess;
};
/** About 60 m south-west of the station's door. */
const standingAt = wgs84Near({ lat: depotStation.at.lat - 0.0004, lng: depotStation.at.lng - 0.0004 });

/** A real PNG of the station's sign, drawn by the browser itself, to upload as the station's photo. */
const stationSignPng = async (page: Page): Promise<Buffer> => {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 250;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#0f5d6e';
    context.fillRect(0, 0, 600, 250);
    context.fillStyle = '#ffd966';
    context.fillRect(0, 190, 600, 60);
    context.fillStyle = '#ffffff';
    context.font = 'bold 44px sans-serif';
    context.fillText('骑手驿站', 40, 90);
    context.font = '28px sans-serif';
    context.fillText('饮水 · 充电 · 微波炉 · 歇脚', 40, 150);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
};

/**
 * A phone photo as big as a real one: 3000×2000 px of sky, street and a sign, with the sensor's
 * grain (a little noise on every pixel), drawn by the browser and saved as PNG — several MB.
 */
const bigPhotoPng = async (page: Page): Promise<Buffer> => {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const context = canvas.getContext('2d')!;
    const sky = context.createLinearGradient(0, 0, 0, 2000);
    sky.addColorStop(0, '#8ec5e8');
    sky.addColorStop(0.55, '#dfe9ef');
    sky.addColorStop(0.56, '#6b6f73');
    sky.addColorStop(1, '#3d4145');
    context.fillStyle = sky;
    context.fillRect(0, 0, 3000, 2000);
    context.fillStyle = '#0f5d6e';
    context.fillRect(600, 500, 1800, 700);
    context.fillStyle = '#ffffff';
    context.font = 'bold 220px sans-serif';
    context.fillText('骑手驿站', 800, 950);
    const pixels = context.getImageData(0, 0, 3000, 2000);
    let seed = 7;
    for (let i = 0; i < pixels.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed % 25) - 12;
      pixels.data[i] += grain;
      pixels.data[i + 1] += grain;
      pixels.data[i + 2] += grain;
    }
    context.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
};

/** Waits until the <img> inside the Taro image `host` on the shown page has real pixels; resolves with its alt text. */
const loadedImage = async (page: Page, hostInShownPage: string): Promise<string | null> => {
  const host = `${shownPageSelector} ${hostInShownPage}`;
  await page.locator(host).last().scrollIntoViewIfNeeded();
  const image = await page.waitForFunction((selector) => {
    const img = Array.from(document.querySelectorAll<HTMLImageElement>(`${selector} img`)).pop();
    return img && img.complete && img.naturalWidth > 0 ? img : null;
  }, host);
  return image.evaluate((img) => (img as HTMLImageElement).alt || null);
};

const { measured, expectReadable, expectTappable } = readabilityChecks({ targetsMustExist: true });

describe('送清凉 in the browser: demo-member claims at the nearest station, demo-staff hands it out, the voucher says 已领取', () => {
  let host: RunningHost | undefined;
  let browser: MobileBrowser | undefined;
  let page: Page;
  let origin: string;
  let code = '';
  const shots = screenshotsFor('welfare-flow');
  const started = Date.now();

  beforeAll(async () => {
    ({ host, phone: browser } = await startHostAndPhone());
    origin = host.origin;
    page = browser.page;
    await browser.context.grantPermissions(['geolocation'], { origin });
    await browser.context.setGeolocation({ latitude: standingAt.lat, longitude: standingAt.lng, accuracy: 30 });
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, browser);
    console.log(JSON.stringify({ welfareFlowSeconds: secondsSince(started), readability: measured }));
  });

  it('demo-member claims the seeded 送清凉 pack from the home page in 3 taps, at the nearest station, and sees the voucher', async () => {
    await signInAs(page, origin, 'demo-member', routes.home, { clearStorage: true });
    const tile = shownPage(page).locator('#nx-service-welfare');
    await tile.waitFor();
    await expect(tile.getAttribute('class')).resolves.not.toContain('nx-service--soon');
    await expect(shownPage(page).locator('#nx-service-stations').getAttribute('class')).resolves.not.toContain('nx-service--soon');
    await shots.shoot(page, '01-home');

    const hands = workerHands();
    await hands.tap(tile);
    const card = shownPage(page).locator(`#nx-campaign-${campaignId}`);
    await card.waitFor();
    await expect(card.locator('.nx-campaign__title').textContent()).resolves.toBe('夏日送清凉');
    await expect(card.innerText()).resolves.toContain('剩 300 / 300 份');
    await expectReadable(page, 'campaigns');
    await expectTappable({ claim: card.locator('.nx-campaign-claim'), links: shownPage(page).locator('.nx-welfare__link') });
    await shots.shoot(page, '02-campaigns');

    await hands.tap(card.locator('.nx-campaign-claim'));
    const sheet = page.locator('.nx-claim-sheet .nx-claim');
    const nearest = sheet.locator(`#nx-claim-station-${depotStation.id}`);
    // Located: the depot's station comes first and is chosen, with its distance.
    await sheet.locator('.nx-claim-station').first().and(nearest).waitFor();
    await expect(nearest.getAttribute('class')).resolves.toContain('nx-claim-station--selected');
    await expect(nearest.locator('.nx-claim-station__distance').textContent()).resolves.toMatch(/^\d+米$/);
    const distances = await sheet.locator('.nx-claim-station__distance').allTextContents();
    expect(distances.length).toBeGreaterThanOrEqual(5);
    await expectTappable({ stations: sheet.locator('.nx-claim-station'), confirm: sheet.locator('.nx-claim-submit') });
    await expectReadable(page, 'claim sheet');
    await shots.shoot(page, '03-claim-sheet');

    const claimed = waitForAction(page, 'welfare', 'claim');
    await hands.tap(sheet.locator('.nx-claim-submit'));
    const answer = await claimed;
    const body = (await answer.json()) as { ok: boolean; data: { code: string; station: { id: string } } };
    expect(body).toMatchObject({ ok: true, data: { station: { id: depotStation.id } } });
    code = body.data.code;
    console.log(JSON.stringify({ claimTaps: hands.taps, claimTypedFields: hands.typedFields }));
    expect(hands.taps).toBeLessThanOrEqual(3);
    expect(hands.typedFields).toBe(0);

    const voucher = shownPage(page).locator(`#nx-voucher-${code}`);
    await voucher.waitFor();
    await expect(voucher.locator('.nx-voucher-status').textContent()).resolves.toBe('待领取');
    await expect(voucher.locator('.nx-voucher-code').textContent()).resolves.toBe(`${code.slice(0, 4)} ${code.slice(4)}`);
    const qr = voucher.locator('.nx-voucher-qr');
    const qrBox = await qr.boundingBox();
    expect(qrBox && Math.min(qrBox.width, qrBox.height)).toBeGreaterThanOrEqual(160);
    await expect(qr.locator('.nx-qr__run--dark').count()).resolves.toBeGreaterThan(50);
    await expect(voucher.innerText()).resolves.toContain(depotStation.name);
    await expectReadable(page, 'voucher');
    await expectTappable({ navigate: voucher.locator('.nx-voucher-navigate'), giveBack: voucher.locator('.nx-voucher-cancel') });
    await shots.shoot(page, '04-voucher');
  });

  it('demo-staff finds the voucher by its typed code (holder masked), hands the pack out once, and a second try is refused', async () => {
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    await signInAs(page, origin, 'demo-staff', routes.me);
    const work = shownPage(page).locator('.nx-me-welfare');
    await work.waitFor();
    await work.tap();
    const redeemEntry = shownPage(page).locator('.nx-welfare-staff-redeem');
    await redeemEntry.waitFor();
    await shots.shoot(page, '05-staff-home');
    await redeemEntry.tap();

    const input = shownPage(page).locator('.nx-redeem-code input');
    await input.waitFor();
    // Typed as a person would copy it from a phone held up to them: lower case, with the space.
    await input.fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`);
    const looked = waitForAction(page, 'welfare', 'lookupVoucher');
    await shownPage(page).locator('.nx-redeem-lookup').tap();
    await looked;
    const found = shownPage(page).locator('.nx-redeem-voucher');
    await found.waitFor();
    const shownText = await found.innerText();
    expect(shownText).toContain('李*辉');
    expect(shownText).toMatch(/139\*{4}\d{4}/);
    expect(shownText).not.toContain('李明辉');
    expect(shownText).not.toContain('13986012345');
    expect(shownText).toContain(depotStation.name);
    await expectReadable(page, 'redeem lookup');
    await expectTappable({ confirm: found.locator('.nx-redeem-confirm'), code: shownPage(page).locator('.nx-redeem-code') });
    await shots.shoot(page, '06-redeem-lookup');

    const redeemed = waitForAction(page, 'welfare', 'redeem');
    await found.locator('.nx-redeem-confirm').tap();
    const answer = await redeemed;
    expect(await answer.json()).toMatchObject({ ok: true, data: { status: 'redeemed', redeemedStationName: depotStation.name } });
    await shownPage(page).locator('.nx-redeem-done').waitFor();
    await shots.shoot(page, '07-redeemed');

    // The same code again: the page says it is already picked up, and offers nothing to confirm.
    await shownPage(page).locator('.nx-redeem-next').tap();
    await input.fill(code);
    await shownPage(page).locator('.nx-redeem-lookup').tap();
    const problem = shownPage(page).locator('.nx-redeem-problem');
    await problem.waitFor();
    await expect(problem.innerText()).resolves.toContain('已经领取过了');
    await expect(shownPage(page).locator('.nx-redeem-confirm').count()).resolves.toBe(0);
    await shots.shoot(page, '08-redeem-again');
  });

  it('demo-member’s voucher now reads 已领取, with where and when', async () => {
    await signInAs(page, origin, 'demo-member', routes.vouchers);
    const voucher = shownPage(page).locator(`#nx-voucher-${code}`);
    await voucher.waitFor();
    await expect(voucher.locator('.nx-voucher-status').textContent()).resolves.toBe('已领取');
    await expect(voucher.locator('.nx-voucher-redeemed').textContent()).resolves.toMatch(new RegExp(`^已在${depotStation.name}领取 · \\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}$`));
    await expect(voucher.locator('.nx-voucher-code').count()).resolves.toBe(0);
    await shots.shoot(page, '09-voucher-redeemed');

    // 大字模式 (set as 我的 sets it): the voucher list grows with it.
    const normal = medianFontSize(await sampleVisibleText(page));
    await setLargeText(page, true);
    await page.reload();
    await shownPage(page).locator(`.nx-shell--large #nx-voucher-${code}`).waitFor();
    const large = await sampleVisibleText(page);
    expect(medianFontSize(large)).toBeGreaterThan(normal);
    expect(textSmallerThan(large, minFontPx)).toEqual([]);
    await shots.shoot(page, '09b-voucher-large-text');
    await setLargeText(page, null);
  });

  it('demo-admin sees the campaign’s counts by station and occupation, and the form for a new one', async () => {
    await signInAs(page, origin, 'demo-admin', routes.me);
    const work = shownPage(page).locator('.nx-me-welfare');
    await work.waitFor();
    await work.tap();
    await shownPage(page).locator('.nx-welfare-staff-campaigns').tap();
    const managed = shownPage(page).locator(`#nx-managed-${campaignId}`);
    await managed.waitFor();
    await expect(managed.innerText()).resolves.toContain('已领券 1 · 已领取 1 · 剩 299 / 共 300');
    await shots.shoot(page, '13-admin-campaigns');
    await managed.tap();
    const stations = shownPage(page).locator('.nx-staff-campaign-stations');
    await stations.waitFor();
    await expect(stations.innerText()).resolves.toContain('领券1 · 领取1');
    await expect(shownPage(page).locator('.nx-staff-campaign-occupations').innerText()).resolves.toContain('外卖骑手');
    await expectReadable(page, 'campaign stats');
    await expectTappable({ topUp: shownPage(page).locator('.nx-staff-campaign-topup'), pause: shownPage(page).locator('.nx-staff-campaign-status-paused') });
    await shots.shoot(page, '14-admin-stats');

    await signInAs(page, origin, 'demo-admin', '/#/packages/welfare/staff/campaign-form');
    const submit = shownPage(page).locator('.nx-form-submit');
    await submit.waitFor();
    await submit.tap();
    await expect(shownPage(page).locator('#nx-field-title .nx-field-error').textContent()).resolves.toBe('请填写活动名称（至少2个字）');
    await expectReadable(page, 'campaign form');
    await shots.shoot(page, '15-admin-campaign-form');
  });

  it('demo-admin adds a photo to the 驿站 from the form, and workers see it on the station card', async () => {
    await signInAs(page, origin, 'demo-admin', `/#/packages/welfare/staff/station-form?id=${depotStation.id}`);
    const form = shownPage(page);
    const add = form.locator('#nx-field-photo .nx-picture-add');
    await add.waitFor();
    await expect(form.locator('.nx-station-name input').inputValue()).resolves.toBe(depotStation.name);
    await expectTappable({ addPhoto: add }, 'station form');
    await shots.shoot(page, '16-admin-station-form');

    const sign = await stationSignPng(page);
    expect(sign.length).toBeLessThan(300 * 1024);
    const chooser = page.waitForEvent('filechooser');
    await add.tap();
    await (await chooser).setFiles({ name: '驿站门口.png', mimeType: 'image/png', buffer: sign });
    await expect(loadedImage(page, '#nx-field-photo .nx-picture-picker__image')).resolves.toBe('驿站照片');
    await expectTappable({ change: form.locator('.nx-picture-change'), remove: form.locator('.nx-picture-remove') }, 'photo actions');
    await expectReadable(page, 'station form with photo');
    await shots.shoot(page, '17-admin-station-photo-chosen');

    const saved = waitForAction(page, 'directory', 'upsertStation');
    await form.locator('.nx-station-submit').tap();
    const savedResponse = await saved;
    // A PNG already under the limit goes as it is: the very bytes chosen, not drawn again.
    const sentSign = (JSON.parse(savedResponse.request().postData() ?? '{}') as { data: { photo: { contentType: string; base64: string } } }).data.photo;
    expect(sentSign).toEqual({ contentType: 'image/png', base64: sign.toString('base64') });
    const answer = (await savedResponse.json()) as { ok: boolean; data: { photoUrl: string | null } };
    expect(answer).toMatchObject({ ok: true, data: { photoUrl: expect.stringMatching(/^\/files\/stations\//) } });
    const managed = `#nx-station-${depotStation.id} .nx-station__photo-image`;
    await expect(loadedImage(page, managed)).resolves.toBe(`${depotStation.name}的照片`);

    // A photo as big as a phone's (several MB) is shrunk in the browser, sent, saved and shown.
    await signInAs(page, origin, 'demo-admin', `/#/packages/welfare/staff/station-form?id=${depotStation.id}`);
    const again = shownPage(page);
    const change = again.locator('#nx-field-photo .nx-picture-change');
    await change.waitFor();
    const photo = await bigPhotoPng(page);
    expect(photo.length).toBeGreaterThan(1024 * 1024);
    const bigChooser = page.waitForEvent('filechooser');
    await change.tap();
    await (await bigChooser).setFiles({ name: '驿站门口-手机拍摄.png', mimeType: 'image/png', buffer: photo });
    await again.locator('.nx-caption', { hasText: '保存后换成这张' }).waitFor();
    await expect(loadedImage(page, '#nx-field-photo .nx-picture-picker__image')).resolves.toBe('驿站照片');
    await expect(again.locator('.nx-picture-problem').count()).resolves.toBe(0);
    await shots.shoot(page, '17b-admin-station-big-photo-shrunk');
    const savedBig = waitForAction(page, 'directory', 'upsertStation');
    await again.locator('.nx-station-submit').tap();
    const savedBigResponse = await savedBig;
    const sentPhoto = (JSON.parse(savedBigResponse.request().postData() ?? '{}') as { data: { photo: { contentType: string; base64: string } } }).data.photo;
    const sentBytes = Buffer.from(sentPhoto.base64, 'base64');
    expect(sentPhoto.contentType).toBe('image/jpeg');
    expect(sentBytes.length).toBeLessThanOrEqual(300 * 1024);
    const bigAnswer = (await savedBigResponse.json()) as { ok: boolean; data: { photoUrl: string } };
    expect(bigAnswer).toMatchObject({ ok: true, data: { photoUrl: expect.stringMatching(/^\/files\/stations\/[^?]*\.jpg/) } });
    const stored = Buffer.from(await (await fetch(`${origin}${bigAnswer.data.photoUrl}`)).arrayBuffer());
    expect(stored.equals(sentBytes)).toBe(true);
    console.log(`station photo: chose ${photo.length} bytes (3000×2000 PNG), sent and saved ${stored.length} bytes (JPEG)`);
    await expect(loadedImage(page, managed)).resolves.toBe(`${depotStation.name}的照片`);
    const shownSize = await page
      .locator(`${shownPageSelector} ${managed} img`)
      .last()
      .evaluate((img) => [(img as HTMLImageElement).naturalWidth, (img as HTMLImageElement).naturalHeight]);
    expect(shownSize).toEqual([1200, 800]);

    await signInAs(page, origin, 'demo-worker', routes.stations);
    await shownPage(page).locator(`#nx-station-${depotStation.id} .nx-station-distance`).waitFor();
    await expect(loadedImage(page, `#nx-station-${depotStation.id} .nx-station__photo-image`)).resolves.toBe(`${depotStation.name}的照片`);
    await shots.shoot(page, '18-worker-station-photo');
  });

  it('附近驿站 lists the stations nearest first with distances, and by name when the location is refused', async () => {
    await signInAs(page, origin, 'demo-worker', routes.stations);
    const first = shownPage(page).locator('.nx-station').first();
    await first.locator('.nx-station-distance').waitFor();
    await expect(first.getAttribute('id')).resolves.toBe(`nx-station-${depotStation.id}`);
    const metres = (await shownPage(page).locator('.nx-station-distance').allTextContents()).map((text) =>
      text.endsWith('公里') ? parseFloat(text) * 1000 : parseFloat(text),
    );
    expect(metres).toEqual([...metres].sort((a, b) => a - b));
    expect(metres[0]).toBeLessThan(distanceM(depotStation.at, { lat: depotStation.at.lat + 0.002, lng: depotStation.at.lng }));
    await expectReadable(page, 'stations');
    await expectTappable({ navigate: shownPage(page).locator('.nx-station-navigate'), call: shownPage(page).locator('.nx-station-call') });
    await shots.shoot(page, '10-stations');

    await page.context().clearPermissions();
    await signInAs(page, origin, 'demo-worker', routes.stations, { clearStorage: true });
    await shownPage(page).locator('.nx-stations-no-location').waitFor();
    await expect(shownPage(page).locator('.nx-station').count()).resolves.toBeGreaterThanOrEqual(5);
    await expect(shownPage(page).locator('.nx-station-distance').count()).resolves.toBe(0);
    await shots.shoot(page, '11-stations-no-location');
  });

  it('the dev panel shows the message sent to demo-member when the pack was handed out', async () => {
    await page.goto(`${origin}/dev/`);
    const message = page.locator('#outbox .message').filter({ hasText: notificationTemplates.welfareRedeemed.label }).filter({ hasText: 'demo-member' });
    await message.first().waitFor();
    await expect(message.first().innerText()).resolves.toContain(depotStation.name);
    await shots.shoot(page, '12-dev-panel');
  });
});
