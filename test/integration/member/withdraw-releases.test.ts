import { shanghaiTime } from '@core/rules/health-booking';
import { Bookings } from '../../../cloudfunctions/common/collections/bookings.collection';
import { Campaigns } from '../../../cloudfunctions/common/collections/campaigns.collection';
import { Claims, type ClaimDoc } from '../../../cloudfunctions/common/collections/claims.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { HealthSlots, type HealthSlotDoc } from '../../../cloudfunctions/common/collections/health-slots.collection';
import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { Outbox } from '../../../cloudfunctions/common/collections/outbox.collection';
import { Waitlist } from '../../../cloudfunctions/common/collections/waitlist.collection';
import { membershipEndHooks } from '../../../cloudfunctions/common/membership/hooks';
import type { DocumentOps, Store } from '../../../cloudfunctions/common/ports/store.port';
import { findAll } from '../../../cloudfunctions/common/runtime/find-all';
import { countBooking } from '../../../cloudfunctions/health/health-counters';
import { healthMembershipEnd } from '../../../cloudfunctions/health/membership-end';
import { membershipEndSweep } from '../../../cloudfunctions/member/membership-end-sweep.job';
import { countWelfare } from '../../../cloudfunctions/welfare/welfare-counters';
import { bookInput, createPlanWithSlots, planDays, setClock, slotOf } from '../../support/health';
import { countersDrift } from '../../support/recount';
import { approvedMember, claim, expectOk, stationIds, withCampaign } from '../../support/welfare-world';
import { createWorld, people, type World } from '../../support/world';

/**
 * 退会 gives back what the worker held only as a member (common/membership/hooks.ts): a 体检 booking
 * still to come (its seat, through 取消预约's write) and a members-only 礼包 voucher not yet picked up
 * (its pack, through 不要了's), while what is done or under way stays as it is.
 */

type Figures = Map<string, Record<string, number>>;

/** A transaction that only adds increments up, for replaying the records through the actions' counting functions. */
const tallying = (figures: Figures): DocumentOps =>
  ({
    increment: async (_collection: unknown, id: string, by: Readonly<Record<string, number>>) => {
      const current = figures.get(id) ?? {};
      for (const [field, delta] of Object.entries(by)) current[field] = (current[field] ?? 0) + delta;
      figures.set(id, current);
    },
  }) as unknown as DocumentOps;

/**
 * The 体检 and 礼包 counters, slot seats and campaign stock the records imply, against what is stored:
 * empty when they agree (recount.ts does the same for members; these kinds are recounted here).
 */
const holdingsDrift = async (store: Store) => {
  const figures: Figures = new Map();
  const ops = tallying(figures);
  const bookings = await findAll(store, Bookings);
  for (const booking of bookings) {
    if (booking.status !== 'cancelled') await countBooking(ops, booking, booking.bookedAt, { booked: 1 });
    if (booking.status === 'checkedIn') await countBooking(ops, booking, booking.checkedInAt!, { checkedIn: 1 });
    if (booking.status === 'noShow') await countBooking(ops, booking, booking.slotStartsAt, { noShow: 1 });
  }
  const vouchers = (await findAll(store, Claims)).filter((voucher) => voucher.status !== 'pending');
  for (const voucher of vouchers) {
    await countWelfare(ops, voucher, 'claimed', voucher.claimedAt);
    if (voucher.status === 'redeemed') await countWelfare(ops, voucher, 'redeemed', voucher.redeemedAt!);
    if (voucher.status === 'cancelled' || voucher.status === 'expired') await countWelfare(ops, voucher, voucher.status, voucher.endedAt!);
  }

  const drift: Array<{ id: string; field: string; stored: number; recounted: number }> = [];
  const compare = (id: string, stored: Record<string, unknown>, recounted: Record<string, number>) => {
    for (const field of Object.keys(recounted)) {
      const value = typeof stored[field] === 'number' ? (stored[field] as number) : 0;
      if (value !== recounted[field]) drift.push({ id, field, stored: value, recounted: recounted[field] });
    }
  };
  const counters = await findAll(store, Counters);
  for (const counter of counters.filter((doc) => ['health', 'healthPlan', 'welfare'].includes(doc.kind))) {
    const recounted = figures.get(counter._id) ?? {};
    const metrics = Object.fromEntries(Object.entries(counter).filter(([, value]) => typeof value === 'number')) as Record<string, number>;
    compare(counter._id, counter, { ...Object.fromEntries(Object.keys(metrics).map((field) => [field, 0])), ...recounted });
  }
  for (const id of figures.keys()) if (!counters.some((counter) => counter._id === id)) compare(id, {}, figures.get(id)!);

  const holdingSeats = (slot: HealthSlotDoc) => bookings.filter((booking) => booking.slotId === slot._id && booking.status !== 'cancelled').length;
  for (const slot of await findAll(store, HealthSlots)) {
    const held = holdingSeats(slot);
    compare(slot._id, slot, { booked: held, remaining: slot.capacity - held });
  }
  for (const campaign of await findAll(store, Campaigns)) {
    const of = vouchers.filter((voucher) => voucher.campaignId === campaign._id);
    const count = (status: ClaimDoc['status']) => of.filter((voucher) => voucher.status === status).length;
    compare(campaign._id, campaign, {
      remaining: campaign.total - count('active') - count('redeemed'),
      claimed: of.length,
      redeemed: count('redeemed'),
      cancelled: count('cancelled'),
      expired: count('expired'),
    });
  }
  return drift;
};

type Withdrawn = { status: string; notices: string[] };

/** Vouchers claimed in the same instant are released in no set order. */
const sorted = (lines: readonly string[]) => [...lines].sort();

describe('退会 gives back what only members hold', () => {
  let world: World;
  let planId: string;
  let membersOnly: string;
  let queued: string;
  let openToRiders: string;
  const future = () => slotOf(planId, 's1', planDays[1], '08:00');
  const voucherIn = (campaignId: string, openid: string = people.member) => `${campaignId}_${openid}`;

  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    expectOk(await world.call('health', 'book', bookInput(planId, future()), 'member'));
    // A members-only pool with packs left, one sold out with a worker waiting, one open to every rider.
    membersOnly = await withCampaign(world, { voucherValidHours: 720 });
    queued = await withCampaign(world, { title: '冬日送温暖', kind: 'warmth', totalStock: 1, voucherValidHours: 720 });
    openToRiders = await withCampaign(world, { title: '骑手防暑包', membersOnly: false, occupations: ['rider'], voucherValidHours: 720 });
    for (const campaignId of [membersOnly, queued, openToRiders]) expectOk(await claim(world, people.member, campaignId));
    await approvedMember(world, 'w-next', 140);
    expectOk(await world.call('welfare', 'joinWaitlist', { campaignId: queued, stationId: stationIds.g1 }, 'w-next'));
  });
  afterEach(() => world.close());

  it('cancels the booking still to come and ends the members-only vouchers: seat and packs back, the queue served, the worker told', async () => {
    const slotBefore = (await world.ports.store.get(HealthSlots, future()))!;
    const stockBefore = (await world.ports.store.get(Campaigns, membersOnly))!.remaining;

    const result = await world.call<Withdrawn>('member', 'withdraw', { reason: '回老家了' }, 'member');

    expect(result).toMatchObject({ ok: true, data: { status: 'withdrawn' } });
    const notices = result.ok ? result.data.notices : [];
    expect(sorted(notices)).toEqual(sorted([
      '已取消你12月4日 08:00的体检预约（长青骑手冬季免费体检），名额已让给其他工友',
      '“冬日送温暖”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友',
      '“夏日送清凉”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友',
    ]));
    // The seat is back at once, as 取消预约 gives it back.
    expect(await world.ports.store.get(Bookings, `${planId}_${people.member}`)).toMatchObject({ status: 'cancelled', cancelledAt: world.clock.now() });
    expect(await world.ports.store.get(HealthSlots, future())).toMatchObject({ remaining: slotBefore.remaining + 1, booked: slotBefore.booked - 1 });
    // The pack goes back to the stock, or straight to the first in line, who is told.
    expect(await world.ports.store.get(Claims, voucherIn(membersOnly))).toMatchObject({ status: 'cancelled' });
    expect(await world.ports.store.get(Campaigns, membersOnly)).toMatchObject({ remaining: stockBefore + 1, cancelled: 1 });
    expect(await world.ports.store.get(Claims, voucherIn(queued, 'w-next'))).toMatchObject({ status: 'active' });
    expect(await world.ports.store.get(Waitlist, voucherIn(queued, 'w-next'))).toMatchObject({ state: 'granted' });
    expect(await world.ports.store.get(Campaigns, queued)).toMatchObject({ remaining: 0, waiting: 0, cancelled: 1 });
    expect(await world.ports.store.count(Outbox, { openid: 'w-next', template: 'welfareWaitlistGranted' })).toBe(1);
    // A voucher any rider could have claimed was not granted for being a member: it stays.
    expect(await world.ports.store.get(Claims, voucherIn(openToRiders))).toMatchObject({ status: 'active' });

    expect(await holdingsDrift(world.ports.store)).toEqual([]);
    expect(await countersDrift(world.ports.store, { kinds: ['members'] })).toEqual([]);
    // Someone else can book the seat that came back.
    await approvedMember(world, 'w-other', 141);
    expectOk(await world.call('health', 'book', bookInput(planId, future()), 'w-other'));
  });

  it('releases nothing twice: a retry replays the answer, a new request is refused, the hooks find nothing left', async () => {
    const first = await world.call<Withdrawn>('member', 'withdraw', {}, 'member', 'withdraw-once');
    expect(first.ok && first.data.notices).toHaveLength(3);
    // The refused request keeps its answer for its own retries; nothing else may change.
    const state = async () => ({
      counts: { ...(await world.snapshot()), idempotency: 0 },
      slot: await world.ports.store.get(HealthSlots, future()),
      campaigns: await Promise.all([membersOnly, queued, openToRiders].map((id) => world.ports.store.get(Campaigns, id))),
      counters: (await world.ports.store.find(Counters, { limit: 100 })).items,
    });
    const after = await state();

    expect(await world.call('member', 'withdraw', {}, 'member', 'withdraw-once')).toEqual(first);
    expect(await world.call('member', 'withdraw', {}, 'member', 'withdraw-again')).toMatchObject({ ok: false, error: { code: 'MEMBER.NOT_MEMBER' } });
    for (const hook of membershipEndHooks) {
      expect(await hook.release(people.member, world.ports, { reason: 'withdrawn' })).toEqual({ released: 0, notices: [] });
    }
    expect(await state()).toEqual(after);
    expect(await holdingsDrift(world.ports.store)).toEqual([]);
  });

  it('leaves a checked-in booking, one under way, a picked-up voucher and an overdue one as they are', async () => {
    // Two more plans: the member checks in at one and is late for the other, on the first check day.
    const earlier = await createPlanWithSlots(world, { title: '长青骑手职业病筛查' });
    const underWay = await createPlanWithSlots(world, { title: '长青骑手视力检查' });
    const checkedInCode = expectOk(await world.call<{ code: string }>('health', 'book', bookInput(earlier, slotOf(earlier, 's1', planDays[0], '08:00')), 'member')).code;
    expectOk(await world.call('health', 'book', bookInput(underWay, slotOf(underWay, 's1', planDays[0], '08:30')), 'member'));
    const redeemedCampaign = await withCampaign(world, { title: '会员专享暖心包', voucherValidHours: 720 });
    const shortLived = await withCampaign(world, { title: '会员专享当日包', voucherValidHours: 1 });
    const redeemedCode = expectOk(await claim(world, people.member, redeemedCampaign)).code;
    expectOk(await claim(world, people.member, shortLived));
    expectOk(await world.call('welfare', 'redeem', { code: redeemedCode, stationId: stationIds.g1 }, 'staffHere'));

    world.clock.set(shanghaiTime(planDays[0], '07:55'));
    expectOk(await world.call('health', 'checkIn', { planId: earlier, siteId: 's1', code: checkedInCode }, 'staffHere'));
    setClock(world, planDays[0], '08:40');
    const kept = async () => ({
      bookings: await Promise.all([earlier, underWay].map((id) => world.ports.store.get(Bookings, `${id}_${people.member}`))),
      vouchers: await Promise.all([redeemedCampaign, shortLived].map((id) => world.ports.store.get(Claims, voucherIn(id)))),
      campaigns: await Promise.all([redeemedCampaign, shortLived].map((id) => world.ports.store.get(Campaigns, id))),
    });
    const before = await kept();

    const result = await world.call<Withdrawn>('member', 'withdraw', {}, 'member');

    expect(sorted(result.ok ? result.data.notices : [])).toEqual(sorted([
      '已取消你12月4日 08:00的体检预约（长青骑手冬季免费体检），名额已让给其他工友',
      '“冬日送温暖”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友',
      '“夏日送清凉”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友',
    ]));
    expect(await kept()).toEqual(before);
    expect(before.bookings.map((booking) => booking?.status)).toEqual(['checkedIn', 'booked']);
    expect(before.vouchers.map((voucher) => voucher?.status)).toEqual(['redeemed', 'active']);
    expect(await holdingsDrift(world.ports.store)).toEqual([]);
  });

  it('still ends the membership when a hook fails: the others run, the failure is logged and the worker told', async () => {
    const failing = jest.spyOn(healthMembershipEnd, 'release').mockRejectedValue(new Error('write conflict'));
    try {
      const result = await world.call<Withdrawn>('member', 'withdraw', {}, 'member', 'withdraw-failing');
      expect(result).toMatchObject({ ok: true, data: { status: 'withdrawn' } });
      expect(sorted(result.ok ? result.data.notices : [])).toEqual(sorted([
        '你的体检预约没能自动取消，系统稍后会再试；着急的话请联系工会帮你处理',
        '“冬日送温暖”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友',
        '“夏日送清凉”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友',
      ]));
      // Tried twice (the hook is safe to run again), then reported.
      expect(failing).toHaveBeenCalledTimes(2);
      expect(world.logs.filter((log) => log.level === 'error')).toEqual([
        expect.objectContaining({ message: 'membership end hook failed', meta: expect.objectContaining({ hook: '体检预约', attempt: 1, requestId: 'withdraw-failing' }) }),
        expect.objectContaining({ message: 'membership end hook failed', meta: expect.objectContaining({ hook: '体检预约', attempt: 2, requestId: 'withdraw-failing' }) }),
      ]);
      expect(await world.ports.store.get(Members, people.member)).toMatchObject({ status: 'withdrawn' });
      expect(await world.ports.store.get(Bookings, `${planId}_${people.member}`)).toMatchObject({ status: 'booked' });
      expect(await world.ports.store.get(Claims, voucherIn(membersOnly))).toMatchObject({ status: 'cancelled' });
    } finally {
      failing.mockRestore();
    }
  });

  it('finishes a release that failed: the membership-end sweep runs the hooks again, once', async () => {
    const failing = jest.spyOn(healthMembershipEnd, 'release').mockRejectedValue(new Error('write conflict'));
    try {
      expectOk(await world.call('member', 'withdraw', {}, 'member', 'withdraw-then-sweep'));
    } finally {
      failing.mockRestore();
    }
    expect(await world.ports.store.get(Members, people.member)).toMatchObject({ status: 'withdrawn', holdingsPending: true });
    expect(await world.ports.store.get(Bookings, `${planId}_${people.member}`)).toMatchObject({ status: 'booked' });

    expect(await membershipEndSweep.run(world.ports)).toEqual({ retried: 1, stillPending: 0 });
    expect(await world.ports.store.get(Bookings, `${planId}_${people.member}`)).toMatchObject({ status: 'cancelled' });
    expect(await world.ports.store.get(Members, people.member)).toMatchObject({ holdingsPending: false });
    expect(await holdingsDrift(world.ports.store)).toEqual([]);
    // Nothing left to do: a second run touches nobody.
    expect(await membershipEndSweep.run(world.ports)).toEqual({ retried: 0, stillPending: 0 });
  });

  it('leaves a worker who joined again alone, even if the last release never finished', async () => {
    const failing = jest.spyOn(healthMembershipEnd, 'release').mockRejectedValue(new Error('write conflict'));
    try {
      expectOk(await world.call('member', 'withdraw', {}, 'member', 'withdraw-then-rejoin'));
    } finally {
      failing.mockRestore();
    }
    expectOk(await world.call('member', 'join', world.joinInput(1, 'g1', { name: '王会员' }), 'member'));
    expect(await membershipEndSweep.run(world.ports)).toEqual({ retried: 0, stillPending: 0 });
    expect(await world.ports.store.get(Bookings, `${planId}_${people.member}`)).toMatchObject({ status: 'booked' });
  });
});

describe('a transfer keeps what the member was granted', () => {
  let world: World;
  let planId: string;
  let campaignId: string;
  const slot = () => slotOf(planId, 's1', planDays[0], '08:00');

  beforeEach(async () => {
    world = await createWorld();
    planId = await createPlanWithSlots(world);
    expectOk(await world.call('health', 'book', bookInput(planId, slot()), 'member'));
    campaignId = await withCampaign(world, { voucherValidHours: 720 });
    expectOk(await claim(world, people.member, campaignId));
    // Out of 长青 (the plan's g1, the campaign's street union) into 货运 g2.
    expectOk(await world.call('member', 'transfer', { memberId: people.member, toUnionId: 'g2', reason: '改跑货运了' }, 'admin'));
  });
  afterEach(() => world.close());

  it('the booking and the voucher stay; staff of the old union still verify both', async () => {
    const booking = (await world.ports.store.get(Bookings, `${planId}_${people.member}`))!;
    expect(booking.status).toBe('booked');
    const voucher = (await world.ports.store.get(Claims, `${campaignId}_${people.member}`))!;
    expect(voucher.status).toBe('active');

    expectOk(await world.call('welfare', 'redeem', { code: voucher.code, stationId: stationIds.g1 }, 'staffHere'));
    setClock(world, planDays[0], '07:55');
    expectOk(await world.call('health', 'checkIn', { planId, siteId: 's1', code: booking.code }, 'staffHere'));
    expect(await holdingsDrift(world.ports.store)).toEqual([]);
  });

  it('the worker can still move or cancel the booking kept from the old union, but not book there anew', async () => {
    expectOk(await world.call('health', 'slots', { planId, siteId: 's1' }, 'member'));
    expectOk(await world.call('health', 'move', { planId, slotId: slotOf(planId, 's1', planDays[1], '08:00') }, 'member'));
    expectOk(await world.call('health', 'cancel', { planId }, 'member'));
    expect(await world.ports.store.get(HealthSlots, slotOf(planId, 's1', planDays[1], '08:00'))).toMatchObject({ booked: 0, remaining: 2 });
    expect(await holdingsDrift(world.ports.store)).toEqual([]);

    expect(await world.call('health', 'slots', { planId, siteId: 's1' }, 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.PLAN_NOT_FOUND' } });
    expect(await world.call('health', 'book', bookInput(planId, slot()), 'member')).toMatchObject({ ok: false, error: { code: 'HEALTH.PLAN_NOT_FOUND' } });
  });
});
