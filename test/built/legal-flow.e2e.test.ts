import type { Page, Request } from 'playwright-core';
import type { RunningHost } from '../support/local-host';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { secondsSince, startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { callAs, signInAs, waitForAction } from '../support/browser/local-session';
import { readabilityChecks, shownPage } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';
import { workerHands } from '../support/browser/worker-hands';

/**
 * 法律援助, end to end in a real browser on the local host (fresh seeded database): demo-member asks
 * for help with unpaid wages and attaches a photo of a pay slip; demo-staff accepts, assigns the
 * partner lawyer, notes a mediation and closes the case with the money recovered; demo-member reads
 * the whole timeline and rates it. Screenshots land in test-output/e2e/legal-flow/.
 */
const member = { openid: 'demo-member', name: '李明辉' };
const staffOpenid = 'demo-staff';
const lawyer = { id: 'lawyer-jiangcheng-zhang', label: '张建华律师（湖北江城律师事务所）' };
const staffUnionName = '青山区美团外卖长青站点工会';
const story = '我在长青站跑外卖，10月和11月的工资一共7200元，站点一直拖着不发，站长说等平台结算。';
const contactPhone = '13912345678';
const routes = { home: '/#/pages/home/index', me: '/#/pages/me/index', legal: '/#/packages/legal/index' };

type Row = { id: string; status: string };
type Detail = { timeline: Array<{ title: string; actor: string; text: string | null }>; status: string; evidence: Array<{ url: string }> };

const { measured, expectReadable, expectTappable } = readabilityChecks();

/** A PDF of `size` bytes: the header makes it one by its bytes, which is what the checks look at. */
const pdfOf = (size: number): Buffer => {
  const bytes = Buffer.alloc(size, 0x20);
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return bytes;
};

/** A real JPEG of a pay slip, drawn by the browser itself, to upload as evidence. */
const paySlipJpeg = async (page: Page): Promise<Buffer> => {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fffdf5';
    context.fillRect(0, 0, 600, 400);
    context.fillStyle = '#333';
    context.font = '32px sans-serif';
    context.fillText('工资条  2026年10月', 40, 70);
    context.font = '26px sans-serif';
    ['应发：3600元', '实发：0元', '备注：待平台结算'].forEach((line, i) => context.fillText(line, 40, 150 + i * 60));
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64');
};

describe('法律援助 in the browser: a 欠薪 request from the worker to a closed, rated case', () => {
  let host: RunningHost | undefined;
  let browser: MobileBrowser | undefined;
  let page: Page;
  let origin: string;
  let caseId = '';
  const shots = screenshotsFor('legal-flow');
  const started = Date.now();

  beforeAll(async () => {
    ({ host, phone: browser } = await startHostAndPhone());
    origin = host.origin;
    page = browser.page;
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, browser);
    console.log(JSON.stringify({ legalFlowSeconds: secondsSince(started), readability: measured }));
  });

  it('demo-member opens 法律援助 from the home tile and submits a 欠薪 request with a photo of the pay slip', async () => {
    await signInAs(page, origin, member.openid, routes.home, { clearStorage: true });
    const tile = shownPage(page).locator('#nx-service-legal');
    await tile.waitFor();
    await expect(tile.innerText()).resolves.not.toContain('即将上线');
    const hands = workerHands();
    await hands.tap(tile);

    const legal = shownPage(page).locator('.nx-legal');
    await legal.locator('.nx-case-card').first().waitFor();
    // The seeded cases: one waiting, one closed and rated.
    await expect(legal.locator('.nx-case-card').count()).resolves.toBe(2);
    await expectReadable(page, 'legal home');
    await shots.shoot(page, '01-legal-home');
    await hands.tap(legal.locator('.nx-legal-apply'));

    const form = shownPage(page).locator('.nx-apply');
    await form.locator('#nx-case-type-wageArrears').waitFor();
    await expectReadable(page, 'apply form');
    await expectTappable(
      {
        caseTypes: form.locator('.nx-case-type'),
        parties: form.locator('.nx-party'),
        startedOn: form.locator('.nx-started'),
        contactTimes: form.locator('.nx-contact-time'),
        addPhoto: form.locator('.nx-evidence-add-photo'),
        submit: form.locator('.nx-apply-submit'),
      },
      'apply',
    );
    await shots.shoot(page, '02-apply-empty');

    await hands.tap(form.locator('#nx-case-type-wageArrears'));
    await hands.type(form.locator('.nx-apply-story textarea'), story);
    await hands.tap(form.locator('#nx-party-company'));
    await hands.type(form.locator('.nx-apply-party-name input'), '长青配送站');
    await hands.type(form.locator('.nx-apply-amount input'), '7200');
    await hands.tap(form.locator('.nx-started').nth(1));
    await hands.type(form.locator('.nx-apply-phone input'), contactPhone);
    await hands.tap(form.locator('#nx-contact-time-evening'));

    // A PDF over 2 MB is refused on the phone before anything is sent; one just under it goes up whole.
    let uploadsSent = 0;
    const countUploads = (request: Request) => {
      if (new URL(request.url()).pathname === '/api/legal' && /"action":\s*"uploadEvidence"/.test(request.postData() ?? '')) uploadsSent += 1;
    };
    page.on('request', countUploads);
    let pdfChooser = page.waitForEvent('filechooser');
    await form.locator('.nx-evidence-add-pdf').tap();
    await (await pdfChooser).setFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: pdfOf(2 * 1024 * 1024 + 1) });
    await page.locator('.nx-toast, .nut-toast').filter({ hasText: '劳动合同.pdf：文件不能超过2MB' }).first().waitFor();
    expect(uploadsSent).toBe(0);
    pdfChooser = page.waitForEvent('filechooser');
    const pdfUploaded = waitForAction(page, 'legal', 'uploadEvidence');
    await form.locator('.nx-evidence-add-pdf').tap();
    await (await pdfChooser).setFiles({ name: '劳动合同.pdf', mimeType: 'application/pdf', buffer: pdfOf(1900 * 1024) });
    expect(await (await pdfUploaded).json()).toMatchObject({ ok: true, data: { contentType: 'application/pdf', size: 1900 * 1024 } });
    page.off('request', countUploads);

    const photo = await paySlipJpeg(page);
    const chooser = page.waitForEvent('filechooser');
    const uploaded = waitForAction(page, 'legal', 'uploadEvidence');
    await hands.tap(form.locator('.nx-evidence-add-photo'));
    await (await chooser).setFiles({ name: '工资条.jpg', mimeType: 'image/jpeg', buffer: photo });
    expect(await (await uploaded).json()).toMatchObject({ ok: true, data: { name: '工资条.jpg', contentType: 'image/jpeg' } });
    await form.locator('.nx-evidence-item--done').nth(1).waitFor();
    await expect(form.locator('.nx-field-error').count()).resolves.toBe(0);
    await shots.shoot(page, '03-apply-filled');

    const submitted = waitForAction(page, 'legal', 'submit');
    await hands.tap(form.locator('.nx-apply-submit'));
    const answer = (await (await submitted).json()) as { ok: boolean; data: { id: string; status: string; story?: string } };
    expect(answer).toMatchObject({ ok: true, data: { status: 'submitted' } });
    // A write answers ids and states only: the story is read back through legal.detail.
    expect(JSON.stringify(answer)).not.toContain(story.slice(0, 10));
    caseId = answer.data.id;
    const effort = { legalTaps: hands.taps, legalTypedFields: hands.typedFields };
    console.log(JSON.stringify(effort));
    expect(effort.legalTaps).toBeLessThanOrEqual(10);
    expect(effort.legalTypedFields).toBeLessThanOrEqual(4);

    const detail = shownPage(page).locator('.nx-case');
    await detail.locator('.nx-case-submitted').waitFor();
    await expect(detail.locator('.nx-case-status').first().textContent()).resolves.toBe('待受理');
    await expect(detail.locator('.nx-evidence-photo').count()).resolves.toBe(1);
    // The phone comes back masked; the full number is nowhere on the page.
    await expect(detail.innerText()).resolves.toContain('139****5678');
    await expect(page.content()).resolves.not.toContain(contactPhone);
    await expectReadable(page, 'case submitted');
    await shots.shoot(page, '04-case-submitted');
  });

  it('demo-staff finds it in 法律援助案件 with its answer deadline, calls up the phone, accepts and assigns the partner lawyer', async () => {
    await signInAs(page, origin, staffOpenid, routes.me);
    const entry = shownPage(page).locator('.nx-me-legal');
    await entry.waitFor();
    const queueLoaded = waitForAction(page, 'legal', 'queue');
    await entry.tap();
    await queueLoaded;
    const row = shownPage(page).locator(`#nx-queue-${caseId}`);
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(member.name);
    await expect(row.locator('.nx-queue-deadline').textContent()).resolves.toMatch(/还剩\d个工作日|今天到期/);
    await expect(row.innerText()).resolves.not.toContain(story.slice(0, 10));
    await expectReadable(page, 'staff queue');
    await shots.shoot(page, '05-staff-queue');

    await row.tap();
    const file = shownPage(page).locator('.nx-scase');
    await file.locator('.nx-scase-story').waitFor();
    await expect(file.locator('.nx-scase-story').textContent()).resolves.toBe(story);
    await expect(file.locator('.nx-scase-phone').textContent()).resolves.toBe('139****5678');
    const revealed = waitForAction(page, 'legal', 'revealPhone');
    await file.locator('.nx-scase-reveal').tap();
    await revealed;
    // The answer is in; React shows it on its next render, so wait for the number rather than read at once.
    await file.locator('.nx-scase-phone').filter({ hasText: contactPhone }).waitFor();
    await expect(file.locator('.nx-scase-phone').textContent()).resolves.toBe(contactPhone);
    // The evidence photo loads through its temporary link.
    const photoSrc = await file.locator('.nx-evidence-photo img').first().getAttribute('src');
    expect(photoSrc).toMatch(/^\/files\/legal\/.+\.jpg$/);
    const image = await page.request.get(`${origin}${photoSrc}`);
    expect(image.headers()['content-type']).toBe('image/jpeg');
    await expectReadable(page, 'staff case file');
    await shots.shoot(page, '06-staff-case');

    await file.locator('.nx-scase-step--accept').tap();
    const sheet = page.locator('.nx-step-sheet');
    await sheet.locator('.nx-step-message textarea').fill('已收到，我们明天上午给你打电话，先把工资条和聊天记录保存好。');
    await shots.shoot(page, '07-staff-accept-sheet');
    let stepped = waitForAction(page, 'legal', 'transition');
    await sheet.locator('.nx-step-confirm').tap();
    expect(await (await stepped).json()).toMatchObject({ ok: true, data: { status: 'accepted' } });
    await file.locator('.nx-scase-step--assign').waitFor();

    await file.locator('.nx-scase-step--assign').tap();
    const lawyerChoice = sheet.locator(`[id="nx-step-handler-lawyer:${lawyer.id}"]`);
    await lawyerChoice.waitFor();
    await lawyerChoice.tap();
    await shots.shoot(page, '08-staff-assign-sheet');
    stepped = waitForAction(page, 'legal', 'transition');
    await sheet.locator('.nx-step-confirm').tap();
    expect(await (await stepped).json()).toMatchObject({ ok: true, data: { status: 'assigned' } });
    await file.locator('.nx-scase-handler').filter({ hasText: lawyer.label }).waitFor();
  });

  it('demo-staff notes the mediation, then closes the case with the 7,200 yuan recovered', async () => {
    const file = shownPage(page).locator('.nx-scase');
    await file.locator('.nx-scase-step--note').tap();
    const sheet = page.locator('.nx-step-sheet');
    await sheet.locator('#nx-step-note-mediation').tap();
    await sheet.locator('.nx-step-text textarea').fill('12月2日上午在长青街道调解室调解，站点同意本周内付清。');
    await sheet.locator('.nx-step-event-date input').fill('2026-12-02');
    await sheet.locator('.nx-step-signature input').fill('小李');
    let stepped = waitForAction(page, 'legal', 'transition');
    await sheet.locator('.nx-step-confirm').tap();
    expect(await (await stepped).json()).toMatchObject({ ok: true, data: { status: 'assigned' } });
    await file.locator('.nx-case-timeline-entry--note').waitFor();

    await file.locator('.nx-scase-step--close').tap();
    // Closing without an outcome is refused next to the field, and nothing is sent.
    let sent = 0;
    const count = () => (sent += 1);
    page.on('request', count);
    await sheet.locator('.nx-step-confirm').tap();
    await sheet.locator('#nx-step-outcome .nx-field-error').waitFor();
    page.off('request', count);
    expect(sent).toBe(0);
    await sheet.locator('#nx-step-outcome-mediated').tap();
    await sheet.locator('.nx-step-amount input').fill('7200');
    await sheet.locator('.nx-step-summary textarea').fill('站点已把7200元工资全部转给你。');
    await shots.shoot(page, '09-staff-close-sheet');
    stepped = waitForAction(page, 'legal', 'transition');
    await sheet.locator('.nx-step-confirm').tap();
    expect(await (await stepped).json()).toMatchObject({ ok: true, data: { status: 'closed' } });
    await file.locator('.nx-case-status--closed').first().waitFor();
    await expect(file.locator('.nx-scase-step').count()).resolves.toBe(0);
    // The 已办结 toast has said its piece; the picture shows the page.
    await page.locator('.nut-toast').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    await shots.shoot(page, '10-staff-closed');

    const done = await callAs<{ items: Row[] }>(origin, staffOpenid, 'legal', 'queue', { view: 'done' });
    expect(done.items.map((item) => item.id)).toContain(caseId);
  });

  it('demo-member sees every step — staff by union and role, or the name they signed — and rates the case', async () => {
    await signInAs(page, origin, member.openid, `${routes.legal}`);
    const card = shownPage(page).locator(`#nx-case-${caseId}`);
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('请给工会打个分');
    await card.tap();

    const detail = shownPage(page).locator('.nx-case');
    await detail.locator('.nx-case-timeline-entry--closed').waitFor();
    const titles = await detail.locator('.nx-case-timeline__title').allTextContents();
    expect(titles).toEqual([
      '提交法律援助申请',
      '工会已受理',
      `指派承办人：${lawyer.label}`,
      '调解（12月2日）',
      '案件办结：调解解决，追回7,200元',
    ]);
    const metas = await detail.locator('.nx-case-timeline__meta').allTextContents();
    expect(metas[0]).toContain('· 你');
    expect(metas[1]).toContain(`· ${staffUnionName} · 服务专员`);
    expect(metas[3]).toContain(`· 小李（${staffUnionName}）`);
    await expect(detail.innerText()).resolves.not.toContain(staffOpenid);
    await expect(detail.locator('.nx-case-outcome').textContent()).resolves.toBe('结果：调解解决，追回7,200元');
    await expectReadable(page, 'case closed');
    await shots.shoot(page, '11-member-timeline');

    await detail.locator('#nx-star-5').tap();
    await detail.locator('.nx-case-rate-comment textarea').fill('李律师和工会帮我把工资要回来了，谢谢！');
    const rated = waitForAction(page, 'legal', 'rate');
    await detail.locator('.nx-case-rate-submit').tap();
    expect(await (await rated).json()).toEqual({ ok: true, data: { id: caseId, stars: 5 } });
    await detail.locator('.nx-case-rating').waitFor();
    await expect(detail.locator('.nx-case-rate').count()).resolves.toBe(0);
    await shots.shoot(page, '12-member-rated');

    const final = await callAs<Detail>(origin, member.openid, 'legal', 'detail', { caseId });
    expect(final.timeline.map((entry) => entry.title).at(-1)).toBe('评价：5星');
  });

  it('the dev panel shows a message to demo-member at each step, none carrying the story', async () => {
    await page.goto(`${origin}/dev/`);
    const messages = page.locator('#outbox .message').filter({ hasText: member.openid });
    await messages.filter({ hasText: '法律援助案件已办结' }).first().waitFor();
    for (const label of ['法律援助申请已收到', '法律援助申请已受理', '法律援助已指派承办人', '法律援助案件有新进展']) {
      await expect(messages.filter({ hasText: label }).count()).resolves.toBeGreaterThan(0);
    }
    await expect(page.locator('#outbox').innerText()).resolves.not.toContain(story.slice(0, 10));
    await shots.shoot(page, '13-dev-panel');
  });
});
