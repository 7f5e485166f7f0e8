import { createWorld, people, type World } from '../../support/world';
import { approvedMember, claim, expectOk, stationIds, withCampaign } from '../../support/welfare-world';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

interface Item {
  id: string;
  title: string;
  availability: string;
  voucherId: string | null;
  remaining: number;
  stations: Array<{ id: string; name: string; location: { lat: number; lng: number }; remaining: number | null }>;
}

describe('welfare.campaigns: what a worker sees and why', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const list = async (openid: string) => expectOk(await world.call<{ items: Item[] }>('welfare', 'campaigns', {}, openid)).items;
  const availabilityOf = async (openid: string, id: string) => (await list(openid)).find((item) => item.id === id)?.availability;

  it('shows a member the campaign with its stations, claimable; after claiming, their voucher', async () => {
    const id = await withCampaign(world);
    const [item] = await list(people.member);
    expect(item).toMatchObject({ id, title: '夏日送清凉', availability: 'claimable', voucherId: null, remaining: 5 });
    expect(item.stations).toEqual([
      expect.objectContaining({ id: stationIds.g1, name: '长青骑手驿站', location: { lat: 30.6395, lng: 114.3902 }, remaining: null }),
      expect.objectContaining({ id: stationIds.g1b }),
    ]);
    const voucher = expectOk(await claim(world, people.member, id));
    expect((await list(people.member))[0]).toMatchObject({ availability: 'claimed', voucherId: voucher.id });
  });

  it('tells a worker who has not joined that members-only packs need 入会, and lets them claim open ones', async () => {
    const membersOnly = await withCampaign(world);
    const open = await withCampaign(world, { membersOnly: false, occupations: ['rider', 'courier'] });
    expect(await availabilityOf(people.worker, membersOnly)).toBe('notMember');
    expect(await availabilityOf(people.worker, open)).toBe('claimable');
    expect((await list(people.worker)).map((item) => (item as unknown as { askOccupation: boolean }).askOccupation)).toEqual([true, false]);
    expect((await list(people.member)).every((item) => !(item as unknown as { askOccupation: boolean }).askOccupation)).toBe(true);
    expect((await list(people.worker)).map((item) => item.availability)).toEqual(['claimable', 'notMember']);
  });

  it('hides members-only campaigns of other unions from their members', async () => {
    await approvedMember(world, 'w-g2', 160, 'g2', 'courier');
    const street = await withCampaign(world);
    const forCouriers = await withCampaign(world, { membersOnly: false, occupations: ['courier'] });
    expect((await list('w-g2')).map((item) => item.id)).toEqual([forCouriers]);
    expect(await availabilityOf(people.member, street)).toBe('claimable');
  });

  it('says sold out, not started, paused and ended', async () => {
    const now = world.clock.now();
    const soldOut = await withCampaign(world, { totalStock: 1 });
    await approvedMember(world, 'w-2', 161);
    expectOk(await claim(world, 'w-2', soldOut));
    const later = await withCampaign(world, { claimStartsAt: now + dayMs, claimEndsAt: now + 2 * dayMs });
    const paused = await withCampaign(world);
    expectOk(await world.call('welfare', 'setCampaignStatus', { campaignId: paused, status: 'paused' }, people.admin));
    const ending = await withCampaign(world, { claimEndsAt: now + hourMs });
    expect(await availabilityOf(people.member, soldOut)).toBe('soldOut');
    expect(await availabilityOf(people.member, later)).toBe('notStarted');
    expect(await availabilityOf(people.member, paused)).toBe('paused');
    world.clock.advance(2 * hourMs);
    expect(await availabilityOf(people.member, ending)).toBe('ended');
    // A campaign whose claiming ended days ago leaves the list.
    world.clock.advance(4 * dayMs);
    expect((await list(people.member)).map((item) => item.id)).not.toContain(ending);
  });

  it('shows a per-day campaign claimable again the next day', async () => {
    const id = await withCampaign(world, { perPerson: 'daily' });
    expectOk(await claim(world, people.member, id));
    expect(await availabilityOf(people.member, id)).toBe('claimed');
    world.clock.advance(dayMs);
    expect(await availabilityOf(people.member, id)).toBe('claimable');
  });

  it('keeps a member’s own union’s campaign in the list however many other unions run', async () => {
    // 55 members-only campaigns of another union, all ending before this member's: a list of the first
    // 50 running campaigns in the country would have no room left for theirs.
    for (let i = 0; i < 55; i += 1) await withCampaign(world, { unionId: 'g2', title: `港都礼包${i}`, claimEndsAt: world.clock.now() + dayMs });
    const own = await withCampaign(world);
    expect((await list(people.member)).map((item) => item.id)).toEqual([own]);
  });
});
