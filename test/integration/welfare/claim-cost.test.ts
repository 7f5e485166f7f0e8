import { handleCall } from '../../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../../cloudfunctions/registry';
import { countingStore } from '../../support/counting-store';
import { createWorld, people, type World } from '../../support/world';
import { approvedMember, stationIds, withCampaign } from '../../support/welfare-world';

/** CloudBase bills every read and write: a claim's cost is pinned here (and printed by bench:claims). */
describe('what a claim costs in store operations', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const claimCounted = async (openid: string, campaignId: string, requestId?: string) => {
    const counting = countingStore(world.ports.store);
    const result = await handleCall('welfare', functionRegistry.welfare, { action: 'claim', data: { campaignId, stationId: stationIds.g1 }, requestId }, openid, {
      ports: { ...world.ports, store: counting.store },
      adminOpenids: new Set(),
    });
    return { result, reads: counting.counts.reads, writes: counting.counts.writes, byOperation: counting.counts.byOperation };
  };

  it('a granted claim: 2 reads (membership, campaign) and 4 writes (voucher, stock, activation, counter)', async () => {
    const campaignId = await withCampaign(world);
    const cost = await claimCounted(people.member, campaignId);
    expect(cost.result.ok).toBe(true);
    expect({ reads: cost.reads, writes: cost.writes }).toEqual({ reads: 2, writes: 4 });
    expect(cost.byOperation).toEqual({
      'get members': 1,
      'get campaigns': 1,
      'insert claims': 1,
      'updateWhere campaigns': 1,
      'tx.update claims': 1,
      'tx.increment counters': 1,
    });
  });

  it('a repeated tap: its insert is refused and the voucher read; sold out: the voucher read, no write', async () => {
    const campaignId = await withCampaign(world, { totalStock: 2 });
    await approvedMember(world, 'w-second', 110);
    await approvedMember(world, 'w-late', 111);
    await claimCounted(people.member, campaignId);
    const repeated = await claimCounted(people.member, campaignId);
    await claimCounted('w-second', campaignId);
    const soldOut = await claimCounted('w-late', campaignId);
    expect([repeated.result.ok, soldOut.result.ok]).toEqual([false, false]);
    expect({ reads: repeated.reads, writes: repeated.writes }).toEqual({ reads: 3, writes: 1 });
    expect({ reads: soldOut.reads, writes: soldOut.writes }).toEqual({ reads: 3, writes: 0 });
    expect(soldOut.result).toMatchObject({ ok: false, error: { code: 'WELFARE.SOLD_OUT' } });
    // Once sold out, the worker who holds a voucher hears so, not that the packs ran out.
    expect((await claimCounted(people.member, campaignId)).result).toMatchObject({ ok: false, error: { code: 'WELFARE.ALREADY_CLAIMED' } });
  });

  it('with a requestId, the router adds its idempotency marker: 2 more writes', async () => {
    const campaignId = await withCampaign(world);
    const cost = await claimCounted(people.member, campaignId, 'claim-cost-0001');
    expect({ reads: cost.reads, writes: cost.writes }).toEqual({ reads: 2, writes: 6 });
  });
});
