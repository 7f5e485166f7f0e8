import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims } from '../../../cloudfunctions/common/collections/claims.collection';
import { Waitlist } from '../../../cloudfunctions/common/collections/waitlist.collection';
import { personalDataHolders } from '../../../cloudfunctions/common/personal-data/holders';
import { welfareHolder } from '../../../cloudfunctions/welfare/personal-data';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, claim, expectOk, stationIds, withCampaign } from '../../support/welfare-world';

describe('礼包 personal data: export and erase', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('is registered with the other holders', () => {
    expect(personalDataHolders).toContain(welfareHolder);
    expect(welfareHolder.collections).toEqual(['claims', 'waitlist']);
  });

  it('exports the worker’s vouchers and queue places in plain Chinese, nothing of anyone else', async () => {
    const first = await withCampaign(world);
    const soldOut = await withCampaign(world, { totalStock: 1, title: '冬日送温暖', kind: 'warmth' });
    await approvedMember(world, 'w-2', 170);
    const voucher = expectOk(await claim(world, people.member, first));
    expectOk(await claim(world, 'w-2', soldOut));
    expectOk(await world.call('welfare', 'joinWaitlist', { campaignId: soldOut, stationId: stationIds.g1 }, people.member));

    const exported = (await welfareHolder.exportFor(people.member, world.ports)) as { 礼包券: Array<Record<string, unknown>>; 排队: Array<Record<string, unknown>> };
    expect(exported.礼包券).toEqual([
      expect.objectContaining({ 活动: '夏日送清凉', 驿站: '长青骑手驿站', 券码: `${voucher.code.slice(0, 4)} ${voucher.code.slice(4)}`, 状态: '待领取', 是否会员: '是', 工作人员看到的姓名: '王*员' }),
    ]);
    expect(exported.排队).toEqual([expect.objectContaining({ 活动: '冬日送温暖', 状态: '排队中' })]);
    expect(JSON.stringify(exported)).not.toContain('w-2');
    expect(await welfareHolder.exportFor(people.worker, world.ports)).toBeNull();
  });

  it('erases every voucher and queue place, giving unredeemed packs back, and can run twice', async () => {
    const id = await withCampaign(world, { totalStock: 1 });
    const other = await withCampaign(world, { totalStock: 1 });
    await approvedMember(world, 'w-2', 171);
    expectOk(await claim(world, people.member, id));
    expectOk(await claim(world, 'w-2', other));
    expectOk(await world.call('welfare', 'joinWaitlist', { campaignId: other, stationId: stationIds.g1 }, people.member));

    await welfareHolder.eraseFor(people.member, world.ports);
    await welfareHolder.eraseFor(people.member, world.ports);

    const left = [...(await world.ports.store.find(Claims, { limit: 100 })).items, ...(await world.ports.store.find(Waitlist, { limit: 100 })).items];
    expect(JSON.stringify(left)).not.toContain(people.member);
    expect(left.map((doc) => doc.openid)).toEqual(['w-2']);
    expect(await world.ports.store.get(Campaigns, id)).toMatchObject({ remaining: 1, cancelled: 1 });
    expect(await world.ports.store.get(Campaigns, other)).toMatchObject({ waiting: 0 });
    // The tallies stay: they name nobody.
    expect((await world.ports.store.get(Campaigns, id))?.claimed).toBe(1);
  });
});
