import { contracts } from '@core/contracts';
import { privacyNoticeVersion } from '@core/privacy';
import { timelineSources } from '../../../cloudfunctions/common/timeline/sources';
import { actionCases } from '../../support/action-cases';
import { testPhone } from '../../support/id-numbers';
import { requestTransfer } from '../../support/member-steps';
import { createWorld, type World } from '../../support/world';

type Timeline = { sections: { key: string; label: string }[]; items: { id: string; section: string; title: string; badge: string | null; link: string | null; at: number }[] };

describe('member.timeline (我的)', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('offers one filter per feature that has a timeline source, 会籍 first', async () => {
    const timeline = await world.call<Timeline>('member', 'timeline', {}, 'worker');
    expect(timeline).toEqual({ ok: true, data: { sections: timelineSources.map((source) => source.section), items: expect.any(Array) } });
    expect(timeline.ok && timeline.data.sections[0]).toEqual({ key: 'membership', label: '会籍' });
  });

  it('shows a member their joining, transfers and phone checks, newest first, each linking to its page', async () => {
    world.clock.advance(60_000);
    const transferId = await requestTransfer(world, 'member', 'g2');
    world.clock.advance(60_000);
    await world.call('member', 'decideTransfer', { transferId, decision: 'refuse', reason: '名额已满' }, 'staffElsewhere');
    await world.call('member', 'join', world.joinInput(7), 'worker');
    world.clock.advance(60_000);
    await world.call('member', 'reportPhoneConflict', { name: '王会员', phone: testPhone(7), consent: { version: privacyNoticeVersion, privacy: true } }, 'member');

    const timeline = await world.call<Timeline>('member', 'timeline', {}, 'member');
    const items = timeline.ok ? timeline.data.items : [];
    expect(items.map((item) => [item.title, item.badge])).toEqual([
      ['申请核实手机号', '待核实'],
      ['申请转会', '未接收'],
      ['入会通过', '会员'],
      ['提交入会申请', null],
    ]);
    expect(items.map((item) => item.link)).toEqual(['/packages/member/phone', '/packages/member/transfer', '/pages/card/index', '/packages/join/status']);
    expect([...items].sort((a, b) => b.at - a.at)).toEqual(items);
    // Every entry passes the contract's own check of the link (an app page, never a web address).
    expect(contracts.member.timeline.output.safeParse(timeline.ok ? timeline.data : null).success).toBe(true);
  });

  it('shows a pending applicant where their application stands, and a newcomer nothing', async () => {
    await world.call('member', 'join', world.joinInput(7), 'worker');
    expect(await world.call('member', 'timeline', {}, 'worker')).toMatchObject({
      ok: true,
      data: { items: [{ section: 'membership', title: '提交入会申请', badge: '待审核', link: '/packages/join/status' }] },
    });
    expect(await world.call('member', 'timeline', {}, 'newcomer')).toMatchObject({ ok: true, data: { items: [] } });
  });

  it('leaves out a voucher still being claimed', async () => {
    const { Claims } = await import('../../../cloudfunctions/common/collections/claims.collection');
    const claimCase = actionCases.find((actionCase) => actionCase.fn === 'welfare' && actionCase.action === 'claim')!;
    expect((await world.call('welfare', 'claim', await claimCase.input(world, 'member'), 'member')).ok).toBe(true);
    const [claim] = (await world.ports.store.find(Claims, { where: { openid: 'w-member' } })).items;
    const welfareItems = async () => {
      const timeline = await world.call<Timeline>('member', 'timeline', {}, 'member');
      return timeline.ok ? timeline.data.items.filter((item) => item.section === 'welfare') : [];
    };
    expect(await welfareItems()).toEqual([expect.objectContaining({ link: `/packages/welfare/vouchers?id=${encodeURIComponent(claim._id)}` })]);
    await world.ports.store.update(Claims, claim._id, { $set: { status: 'pending' } });
    expect(await welfareItems()).toEqual([]);
  });

  it("gathers every feature's entries for a member who used them, each section filterable", async () => {
    // What the matrix lets a member do, with its own inputs: a voucher, a case, a booking, a sign-in…
    for (const [i, actionCase] of actionCases.entries()) {
      if (actionCase.expect.member !== 'ok' || actionCase.fn === 'member') continue;
      const input = await Promise.resolve(actionCase.input(world, 'member')).catch(() => undefined);
      if (input !== undefined) await world.call(actionCase.fn, actionCase.action, input, 'member', `timeline-${i}-xx`);
    }
    const timeline = await world.call<Timeline>('member', 'timeline', {}, 'member');
    if (!timeline.ok) throw new Error(JSON.stringify(timeline.error));
    const shown = new Set(timeline.data.items.map((item) => item.section));
    expect([...shown].sort()).toEqual(timeline.data.sections.map((section) => section.key).sort());
    expect(timeline.data.sections.map((section) => section.label)).toEqual(['会籍', '礼包', '法律援助', '体检', '活动']);
    expect(timeline.data.items.every((item) => item.link === null || /^\/(pages|packages)\//.test(item.link))).toBe(true);
  });
});
