import { findAll, hasClass, startWeapp, textOf, type CloudAnswer } from './support/weapp-runtime';

/**
 * The compiled 法律援助 pages (dist/weapp packages/legal) in Node: WeChat's album and file system
 * answered at the wx boundary, `wx.cloud.callFunction` with canned envelopes shaped by the contracts.
 */
const jpegBase64 = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.alloc(2048, 0x20)]).toString('base64');

const summary = {
  id: 'case-1',
  caseType: 'wageArrears',
  status: 'assigned',
  union: { id: 'g1', name: '长青站点工会' },
  otherParty: { kind: 'company', name: '长青配送站' },
  amountClaimed: 7200,
  submittedAt: 1_795_000_000_000,
  updatedAt: 1_795_000_100_000,
  answerBy: 1_795_300_000_000,
  evidenceCount: 0,
  handler: '张建华律师（江城律师事务所）',
  rated: false,
};

const answer: CloudAnswer = (name, { action, data }) => {
  if (name === 'member' && action === 'me') {
    return { ok: true, data: { member: { status: 'approved' }, staff: [], privacyVersion: '2026-11-01' } };
  }
  if (name === 'legal' && action === 'myCases') return { ok: true, data: { items: [summary], nextCursor: null } };
  if (name === 'legal' && action === 'uploadEvidence') {
    return { ok: true, data: { id: 'up-1', name: data.name, contentType: data.contentType, size: 2054 } };
  }
  return { ok: false, error: { code: 'ACTION.UNKNOWN', message: '不支持这个操作，请更新小程序后再试' } };
};

describe('weapp harness: 法律援助 (dist/weapp packages/legal in Node)', () => {
  const chosen: unknown[] = [];
  const weapp = startWeapp(answer, {
    chooseMedia: (options: { count: number; success?: (result: object) => void; complete?: () => void }) => {
      chosen.push(options);
      options.success?.({ tempFiles: [{ tempFilePath: 'wxfile://tmp/pay-slip.jpg', size: 2054, fileType: 'image' }], errMsg: 'chooseMedia:ok' });
      options.complete?.();
    },
    getFileSystemManager: () => ({
      readFile: (options: { filePath: string; encoding: string; success?: (result: object) => void }) =>
        options.success?.({ data: options.filePath === 'wxfile://tmp/pay-slip.jpg' && options.encoding === 'base64' ? jpegBase64 : '' }),
    }),
  });

  it('lists the worker’s cases with status and handler, and offers the request form', async () => {
    const home = await weapp.openPage('packages/legal/index');
    const card = findAll(home.data.root, hasClass('nx-case-card'));
    expect(card).toHaveLength(1);
    expect(textOf(card[0])).toContain('办理中');
    expect(textOf(card[0])).toContain('张建华律师（江城律师事务所）');
    await weapp.tap(home, weapp.the(home, 'nx-legal-apply'));
    expect(weapp.navigations).toContainEqual({ kind: 'navigateTo', url: '/packages/legal/apply' });
  });

  it('renders the request form and marks a case type chosen after one tap', async () => {
    const apply = await weapp.openPage('packages/legal/apply');
    expect(findAll(apply.data.root, hasClass('nx-case-type'))).toHaveLength(7);
    const wage = () => findAll(apply.data.root, hasClass('nx-case-type')).find((node) => textOf(node) === '欠薪')!;
    expect(wage().cl).not.toContain('nx-lchoice--selected');
    await weapp.tap(apply, wage());
    expect(wage().cl).toContain('nx-lchoice--selected');
  });

  it('takes a photo from WeChat’s album, reads it as base64 and uploads it with a requestId', async () => {
    const apply = await weapp.openPage('packages/legal/apply');
    await weapp.tap(apply, weapp.the(apply, 'nx-evidence-add-photo'));
    await weapp.settle(150);
    expect(chosen).toEqual([expect.objectContaining({ count: 9, mediaType: ['image'], sizeType: ['compressed'] })]);
    const upload = weapp.cloudCalls.find((call) => call.data.action === 'uploadEvidence');
    expect(upload?.name).toBe('legal');
    expect(upload?.data.data).toEqual({ name: 'pay-slip.jpg', contentType: 'image/jpeg', dataBase64: jpegBase64 });
    expect(upload?.data.requestId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(findAll(apply.data.root, hasClass('nx-evidence-item--done')).map(textOf).join('')).toContain('pay-slip.jpg');
  });
});
