import type { BookInput, CreatePlanInput } from '@core/contracts/health.contract';
import { healthNoticeVersion } from '@core/health-privacy';
import { shanghaiTime } from '@core/rules/health-booking';
import { slotIdOf } from '@core/rules/health-slots';
import type { BookingDoc } from '../../cloudfunctions/common/collections/bookings.collection';
import { startOfWorld, type World } from './world';

/**
 * A 体检 plan in the test world, made through the router as the district admin: organized by g1
 * (staffHere's union, the member's), checks on 2026-12-03 and 12-04, booking open since a day before the
 * world's clock (2026-11-29 10:00), no priority days unless asked. Sites: s1 流动体检车 (2 slots a
 * day, 2 seats each), s2 合作医院 (one 09:00-10:00 slot on 12-03, 5 seats).
 */
export const planDays = ['2026-12-03', '2026-12-04'] as const;
const dayMs = 24 * 60 * 60 * 1000;

export const planInput = (extra: Partial<CreatePlanInput> = {}): CreatePlanInput => ({
  title: '长青骑手冬季免费体检',
  unionId: 'g1',
  provider: '青山区康宁医院体检中心',
  items: ['bloodRoutine', 'liverFunction', 'ecg', 'chestDr'],
  notes: ['体检前一天不要喝酒'],
  sites: [
    { name: '流动体检车·长青站点', address: '青山区长青路128号站点门口', kind: 'bus' },
    { name: '康宁医院体检中心', address: '青山区和平大道999号门诊楼3楼', kind: 'hospital' },
  ],
  firstDay: planDays[0],
  lastDay: planDays[1],
  opensAt: startOfWorld - dayMs,
  priorityDays: 0,
  lateDays: 0,
  ...extra,
});

export const slotOf = (planId: string, siteId: 's1' | 's2', day: string, start: string) => slotIdOf(planId, siteId, day, start);

/** Creates the plan and its slots; returns the plan id. */
export const createPlanWithSlots = async (world: World, extra: Partial<CreatePlanInput> = {}): Promise<string> => {
  const created = await world.call<{ id: string }>('health', 'createPlan', planInput(extra), 'admin');
  if (!created.ok) throw new Error(`createPlan: ${JSON.stringify(created.error)}`);
  const planId = created.data.id;
  const bus = await world.call('health', 'generateSlots', {
    planId,
    siteId: 's1',
    days: [...planDays],
    times: [
      { start: '08:00', end: '08:30' },
      { start: '08:30', end: '09:00' },
    ],
    capacity: 2,
  }, 'admin');
  if (!bus.ok) throw new Error(`generateSlots s1: ${JSON.stringify(bus.error)}`);
  const hospital = await world.call('health', 'generateSlots', { planId, siteId: 's2', days: [planDays[0]], times: [{ start: '09:00', end: '10:00' }], capacity: 5 }, 'admin');
  if (!hospital.ok) throw new Error(`generateSlots s2: ${JSON.stringify(hospital.error)}`);
  return planId;
};

export const bookInput = (planId: string, slotId: string, extra: Partial<BookInput> = {}): BookInput => ({
  planId,
  slotId,
  consent: { version: healthNoticeVersion, health: true },
  ...extra,
});

/** An approved member of `unionId` with test ID number `serial` (an even serial is a woman). */
export const addMember = async (world: World, openid: string, serial: number, unionId = 'g1', occupation: 'rider' | 'courier' = 'rider') => {
  const joined = await world.call('member', 'join', world.joinInput(serial, unionId, { occupation }), openid);
  if (!joined.ok) throw new Error(`join ${openid}: ${JSON.stringify(joined.error)}`);
  const approved = await world.call('member', 'review', { memberId: openid, decision: 'approve' }, 'admin');
  if (!approved.ok) throw new Error(`approve ${openid}: ${JSON.stringify(approved.error)}`);
  return openid;
};

/** `2026-12-03` + `08:10` on the world's clock. */
export const setClock = (world: World, day: string, time: string) => world.clock.set(shanghaiTime(day, time));

/** A finished booking of an older plan, planted as history for the priority rules. */
export const pastBooking = (world: World, openid: string, status: 'checkedIn' | 'noShow', slotStartsAt: number): BookingDoc => ({
  _id: `old-plan_${openid}`,
  planId: 'old-plan',
  openid,
  status,
  slotId: 'old-plan_s1_20260701_0800',
  siteId: 's1',
  slotStartsAt,
  slotEndsAt: slotStartsAt + 30 * 60_000,
  code: 'OLDCODE2',
  unionId: 'g1',
  unionPath: world.unionPath('g1'),
  occupation: 'rider',
  planUnionPath: world.unionPath('g1'),
  answersCipher: null,
  consent: { version: healthNoticeVersion, at: slotStartsAt - dayMs },
  reminded: true,
  moves: 0,
  bookedAt: slotStartsAt - dayMs,
  cancelledAt: null,
  checkedInAt: status === 'checkedIn' ? slotStartsAt : null,
  checkedInBy: status === 'checkedIn' ? 's-here' : null,
  noShowAt: status === 'noShow' ? slotStartsAt + dayMs : null,
  updatedAt: slotStartsAt,
});
