import { contracts } from '@core/contracts';
import { privacyNoticeVersion } from '@core/privacy';
import { timelineSources } from '../../../cloudfunctions/common/timeline/sources';
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
});
