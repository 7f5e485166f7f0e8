import { findAll, hasClass, startWeapp, textOf, type CloudAnswer } from './support/weapp-runtime';

/**
 * The compiled 我的 page and the 会籍 pages (dist/weapp packages/member) in Node: `wx.cloud.callFunction`
 * answering canned envelopes shaped by the contracts, WeChat's file system and file sharing answered at
 * the wx boundary.
 */
const member = {
  status: 'approved',
  name: '李明辉',
  idMasked: '420107********0313',
  phoneMasked: '139****2345',
  occupation: 'rider',
  employer: '美团',
  workArea: '青山区长青街道',
  union: { id: 'meituan-changqing', name: '青山区美团外卖长青站点工会' },
  submittedAt: 1_795_000_000_000,
  reviewedAt: 1_795_100_000_000,
  rejectReason: null,
  memberNo: 'NX2026000001',
  joinedAt: 1_795_100_000_000,
  withdrawnAt: null,
  phoneNeedsUpdate: false,
};
const unions = [
  { id: 'meituan-changqing', name: '青山区美团外卖长青站点工会', parentName: '青山区网约送餐行业工会联合会', area: '青山区长青街道' },
  { id: 'eleme-gangdu', name: '青山区饿了么港都站点工会', parentName: '青山区网约送餐行业工会联合会', area: '青山区港都街道' },
];
const exported = {
  generatedAt: 1_796_000_000_000,
  sections: [{ key: 'section-0', label: '入会和会籍', data: { 入会信息: { 姓名: '李明辉', 身份证号: '420107199103140313' } } }],
};

const answer: CloudAnswer = (name, { action, data }) => {
  if (name === 'member' && action === 'me') {
    return { ok: true, data: { member, staff: [], privacyVersion: '2026-11-01', consentNeeded: false, transfer: null } };
  }
  if (name === 'member' && action === 'timeline') {
    return {
      ok: true,
      data: {
        sections: [{ key: 'membership', label: '会籍' }],
        items: [{ id: 'membership:joined', section: 'membership', title: '入会通过', detail: '会员号 NX2026000001', at: 1_795_100_000_000, badge: '会员', link: '/pages/card/index' }],
      },
    };
  }
  if (name === 'directory' && action === 'suggestUnions') return { ok: true, data: { items: unions } };
  if (name === 'member' && action === 'requestTransfer') {
    return {
      ok: true,
      data: { id: 't1', status: 'pending', from: member.union, to: { id: data.toUnionId, name: unions[1].name }, note: null, byStaff: false, requestedAt: 1, decidedAt: null, reason: null },
    };
  }
  if (name === 'member' && action === 'exportMine') return { ok: true, data: exported };
  return { ok: false, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作，请更新小程序后再试' } };
};

describe('weapp harness: 我的 and 会籍 (dist/weapp in Node)', () => {
  const written: { filePath: string; data: string }[] = [];
  const shared: { filePath: string; fileName: string }[] = [];
  const weapp = startWeapp(answer, {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getFileSystemManager: () => ({
      writeFileSync: (filePath: string, data: string) => void written.push({ filePath, data }),
    }),
    shareFileMessage: (options: { filePath: string; fileName: string; success?: (result: object) => void; complete?: () => void }) => {
      shared.push({ filePath: options.filePath, fileName: options.fileName });
      options.success?.({ errMsg: 'shareFileMessage:ok' });
      options.complete?.();
    },
  });

  it('renders 我的 with the timeline and the membership actions, and opens 转会', async () => {
    const me = await weapp.openPage('pages/me/index');
    await weapp.settle(200);
    expect(textOf(weapp.the(me, 'nx-timeline-entry'))).toContain('入会通过');
    for (const cell of ['nx-me-transfer', 'nx-me-phone', 'nx-me-withdraw', 'nx-me-my-data', 'nx-me-delete']) weapp.the(me, cell);
    await weapp.tap(me, weapp.the(me, 'nx-me-transfer'));
    expect(weapp.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/member/transfer' });
  });

  it('asks for a transfer from the compiled 转会 page: the other union, with a requestId', async () => {
    const page = await weapp.openPage('packages/member/transfer');
    await weapp.settle(200);
    const offered = findAll(page.data.root, hasClass('nx-union')).map((node) => textOf(node));
    expect(offered.some((text) => text.includes('饿了么港都'))).toBe(true);
    expect(offered.some((text) => text.includes('美团外卖长青'))).toBe(false);
    const eleme = findAll(page.data.root, hasClass('nx-union')).find((node) => textOf(node).includes('饿了么港都'))!;
    await weapp.tap(page, eleme);
    await weapp.tap(page, weapp.the(page, 'nx-transfer-submit'));
    await weapp.settle(200);
    const sent = weapp.cloudCalls.filter((call) => call.data.action === 'requestTransfer');
    expect(sent).toHaveLength(1);
    expect(sent[0].data.data).toEqual({ toUnionId: 'eleme-gangdu' });
    expect(sent[0].data.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('hands the export over as a file sent to a chat, the ID number in it for the worker', async () => {
    const page = await weapp.openPage('packages/member/my-data');
    await weapp.settle(200);
    expect(textOf(weapp.the(page, 'nx-my-data__section'))).toContain('420107199103140313');
    await weapp.tap(page, weapp.the(page, 'nx-my-data-save'));
    await weapp.settle(200);
    expect(shared).toEqual([{ filePath: 'wxfile://usr/暖新-我的信息.json', fileName: '暖新-我的信息.json' }]);
    expect(JSON.parse(written[0].data)).toMatchObject({ 内容: { 入会和会籍: { 入会信息: { 身份证号: '420107199103140313' } } } });
  });
});
