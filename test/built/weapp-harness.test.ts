import { findAll, hasClass, startWeapp, textOf, type CloudAnswer } from './support/weapp-runtime';

/**
 * The compiled weapp pages (dist/weapp, from `npm run build:weapp`) render and react in Node, with
 * `wx.cloud.callFunction` answering canned envelopes: the port boundary, nothing else faked.
 */
const unions = {
  items: [
    { id: 'u1', name: '长青街道快递行业工会联合会', parentName: '青山区总工会', area: '青山区长青街道' },
    { id: 'u2', name: '青山区外卖配送行业工会', parentName: '青山区总工会', area: '青山区' },
  ],
  nextCursor: null,
};

const answer: CloudAnswer = (name, { action, data }) => {
  if (name === 'member' && action === 'me') return { ok: true, data: { member: null, staff: [], privacyVersion: '2026-11-01' } };
  if (name === 'directory' && action === 'unions') return { ok: true, data: unions };
  if (name === 'directory' && action === 'suggestUnions') return { ok: true, data: { items: unions.items } };
  if (name === 'member' && action === 'join')
    return {
      ok: true,
      data: {
        status: 'pending',
        name: data.name,
        idMasked: '110105********002X',
        phoneMasked: '138****5678',
        occupation: data.occupation,
        employer: null,
        workArea: data.workArea,
        union: { id: 'u1', name: unions.items[0].name },
        submittedAt: Date.now(),
        reviewedAt: null,
        rejectReason: null,
        memberNo: null,
        joinedAt: null,
      },
    };
  return { ok: false, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作，请更新小程序后再试' } };
};

describe('weapp harness (dist/weapp in Node)', () => {
  const weapp = startWeapp(answer);

  it('renders 首页 with the membership call answered and every service listed', async () => {
    const home = await weapp.openPage('pages/home/index');
    const text = textOf(home.data.root);
    expect(text).toContain('你好，欢迎来到暖新');
    const services = findAll(home.data.root, hasClass('nx-service__name')).map((name) => textOf(name));
    expect(services).toEqual(['入会', '领礼包', '法律援助', '体检预约', '附近驿站']);
    expect(findAll(home.data.root, hasClass('nx-service--soon'))).toHaveLength(0);
    expect(weapp.cloudCalls[0]).toEqual({ name: 'member', data: { action: 'me', data: {} } });
  });

  it('opens a service’s subpackage from its tile, and the join form from the big button', async () => {
    const home = await weapp.openPage('pages/home/index');
    expect(textOf(home.data.root)).not.toContain('即将上线');
    await weapp.tap(home, weapp.the(home, 'nx-service--health'));
    expect(weapp.navigations).toEqual([{ kind: 'navigateTo', url: '/packages/health/index' }]);
    await weapp.tap(home, weapp.the(home, 'nx-home-join'));
    expect(weapp.navigations).toEqual([
      { kind: 'navigateTo', url: '/packages/health/index' },
      { kind: 'navigateTo', url: '/packages/join/index' },
    ]);
  });

  it('renders the join form with its fields, the suggested unions and both consents', async () => {
    const join = await weapp.openPage('packages/join/index');
    for (const field of ['nx-join-name', 'nx-join-id-number', 'nx-join-phone', 'nx-join-work-area', 'nx-join-employer']) {
      expect(findAll(join.data.root, hasClass(field))).toHaveLength(1);
    }
    expect(findAll(join.data.root, hasClass('nx-occupation'))).toHaveLength(7);
    expect(findAll(join.data.root, hasClass('nx-union')).map(textOf)).toEqual([
      '长青街道快递行业工会联合会青山区总工会 · 青山区长青街道',
      '青山区外卖配送行业工会青山区总工会 · 青山区',
    ]);
    expect(findAll(join.data.root, hasClass('nx-consent-privacy'))).toHaveLength(1);
    expect(findAll(join.data.root, hasClass('nx-consent-sensitive'))).toHaveLength(1);
  });

  it('marks an occupation selected in the next render after one tap', async () => {
    const join = await weapp.openPage('packages/join/index');
    expect(weapp.the(join, 'nx-occupation--courier').cl).not.toContain('nx-choice--selected');
    await weapp.tap(join, weapp.the(join, 'nx-occupation--courier'));
    expect(weapp.the(join, 'nx-occupation--courier').cl).toContain('nx-choice--selected');
  });

  it('checks the ID number as it is typed, with the Chinese message from @core', async () => {
    const join = await weapp.openPage('packages/join/index');
    await weapp.type(join, 'nx-join-id-number', '110105194912310021');
    expect(textOf(join.data.root)).toContain('身份证号校验不通过，请逐位核对');
    await weapp.type(join, 'nx-join-id-number', '11010519491231002X');
    expect(textOf(join.data.root)).not.toContain('身份证号校验不通过');
  });

  it('submits a filled-in form through wx.cloud.callFunction with a requestId, then opens the status page', async () => {
    const join = await weapp.openPage('packages/join/index');
    await weapp.type(join, 'nx-join-name', '王小明');
    await weapp.type(join, 'nx-join-id-number', '11010519491231002X');
    await weapp.type(join, 'nx-join-phone', '13812345678');
    await weapp.type(join, 'nx-join-work-area', '青山区长青街道');
    await weapp.tap(join, weapp.the(join, 'nx-occupation--rider'));
    await weapp.tap(join, findAll(join.data.root, hasClass('nx-union'))[0]);
    await weapp.tap(join, weapp.the(join, 'nx-consent-privacy'));
    await weapp.tap(join, weapp.the(join, 'nx-consent-sensitive'));
    await weapp.tap(join, weapp.the(join, 'nx-join-submit'));
    await weapp.settle(150);

    const joinCall = weapp.cloudCalls.find((call) => call.data.action === 'join');
    expect(joinCall?.name).toBe('member');
    expect(joinCall?.data.data).toMatchObject({ name: '王小明', idNumber: '11010519491231002X', occupation: 'rider', unionId: 'u1' });
    expect(joinCall?.data.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(weapp.navigations).toContainEqual({ kind: 'redirectTo', url: '/packages/join/status' });
  });
});
