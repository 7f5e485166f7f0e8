import type { Page } from 'playwright-core';
import { demoUnionById, staffUnionId } from '../../cloudfunctions/common/local-host/seed/demo-unions';
import type { RunningHost } from '../support/local-host';
import type { MobileBrowser } from '../support/browser/mobile-chromium';
import { secondsSince, startHostAndPhone, stopHostAndBrowsers } from '../support/browser/host-and-phone';
import { callAs, signInAs, waitForAction } from '../support/browser/local-session';
import { readabilityChecks, shownPage } from '../support/browser/readability';
import { screenshotsFor } from '../support/browser/screenshots';

/**
 * 工作人员 in a real browser (the H5 build on the local host, fresh seeded database): demo-admin, the
 * district's admin, makes demo-member a 服务专员 of their own grassroots union by member number; the
 * row shows them by name and masked phone, and demo-member's next call carries the role.
 * Screenshots in test-output/e2e/staff-admin/.
 */
const admin = 'demo-admin';
const member = 'demo-member';
const union = demoUnionById(staffUnionId);
const routes = { me: '/#/pages/me/index' };
const { expectReadable, expectTappable } = readabilityChecks({ moreTextsThan: 3 });

interface Me {
  member: { memberNo: string | null; name: string } | null;
  staff: Array<{ union: { id: string }; roles: string[] }>;
}

describe('工作人员 in the browser: an admin appoints a member by member number', () => {
  let host: RunningHost | undefined;
  let browser: MobileBrowser | undefined;
  let page: Page;
  let origin: string;
  const shots = screenshotsFor('staff-admin');
  const started = Date.now();

  beforeAll(async () => {
    ({ host, phone: browser } = await startHostAndPhone());
    origin = host.origin;
    page = browser.page;
  });

  afterAll(async () => {
    await stopHostAndBrowsers(host, browser);
    console.log(JSON.stringify({ staffAdminSeconds: secondsSince(started) }));
  });

  it('demo-admin opens 工作人员 from 我的, adds demo-member as 服务专员 by member number, and sees the row', async () => {
    const before = await callAs<Me>(origin, member, 'member', 'me', {});
    const memberNo = before.member?.memberNo ?? '';
    expect(memberNo).toMatch(/^NX\d+$/);
    expect(before.staff).toEqual([]);

    await signInAs(page, origin, admin, routes.me, { clearStorage: true });
    const me = shownPage(page);
    await me.locator('.nx-me-people').waitFor();
    const loaded = waitForAction(page, 'directory', 'staff');
    await me.locator('.nx-me-people').tap();
    await loaded;
    const people = shownPage(page).locator('.nx-people');
    await people.locator('.nx-people-add').waitFor();
    await shots.shoot(page, '01-people');

    await people.locator('.nx-people-add').tap();
    await people.locator('.nx-people-member-no input').fill(memberNo);
    await people.locator(`#nx-people-union-${union.id}`).tap();
    // The form starts with 审核员 chosen, the role most appointments are for; this one is for the counter.
    await expect(people.locator('#nx-people-role-reviewer').getAttribute('class')).resolves.toContain('nx-people-chip--on');
    await people.locator('#nx-people-role-reviewer').tap();
    await people.locator('#nx-people-role-operator').tap();
    await expectReadable(page, '添加工作人员');
    await expectTappable({ chips: people.locator('.nx-people-chip'), save: people.locator('.nx-people-save') }, '添加工作人员');
    await shots.shoot(page, '02-add-filled');

    await people.locator('.nx-people-save').tap();
    const dialog = page.locator('.nx-people-confirm');
    await dialog.locator('.nut-dialog-footer-ok').waitFor();
    const granted = waitForAction(page, 'directory', 'grantStaff');
    await dialog.locator('.nut-dialog-footer-ok').tap();
    expect(await (await granted).json()).toMatchObject({ ok: true, data: { grant: { roles: ['operator'], union: { id: union.id } } } });

    const row = people.locator(`#nx-people-row-${union.id}-${memberNo}`);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain(before.member?.name ?? '');
    expect(text).toMatch(/\d{3}\*{4}\d{4}/);
    expect(text).toContain('服务专员');
    // The row's id names no openid: what the phone holds of a grant is sealed.
    expect(await page.content()).not.toContain(`${member}:`);
    await page.locator('.nut-toast').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    await shots.shoot(page, '03-granted');
  });

  it('demo-member carries the role on their next call', async () => {
    const after = await callAs<Me>(origin, member, 'member', 'me', {});
    expect(after.staff).toEqual([expect.objectContaining({ union: expect.objectContaining({ id: union.id }), roles: ['operator'] })]);
  });

  it('demo-admin adds a grassroots union under 长青街道总工会 in 工会管理, and workers can join it at once', async () => {
    await signInAs(page, origin, admin, '/#/packages/staff/people/index');
    const people = shownPage(page).locator('.nx-people');
    await people.locator('.nx-people-unions').tap();
    const street = shownPage(page).locator('#nx-union-changqing-street');
    await street.waitFor();
    await street.locator('.nx-union-add').tap();
    const form = shownPage(page).locator('.nx-union-form');
    await form.locator('.nx-union-name input').fill('长青同城配送工会');
    await form.locator('.nx-union-area input').fill('青山区长青街道');
    await shots.shoot(page, '04-union-form');
    const saved = waitForAction(page, 'directory', 'upsertUnion');
    await form.locator('.nx-union-save').tap();
    const answer = (await (await saved).json()) as { ok: boolean; data: { id: string; level: string } };
    expect(answer).toMatchObject({ ok: true, data: { level: 'grassroots' } });
    await shownPage(page).locator(`#nx-union-${answer.data.id}`).waitFor();
    await page.locator('.nut-toast').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    await shots.shoot(page, '05-union-added');

    const joinable = await callAs<{ items: Array<{ id: string }> }>(origin, 'demo-worker', 'directory', 'unions', { keyword: '同城配送' });
    expect(joinable.items.map((item) => item.id)).toContain(answer.data.id);
  });
});
