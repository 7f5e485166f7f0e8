import type { World } from '../world';
import { bookInput, createPlanWithSlots, planDays, planInput, setClock, slotOf } from '../health';
import { everyone, type ActionCase } from './define';

const membersOnly = everyone('denied', { member: 'ok' });
const adminsOnly = everyone('denied', { admin: 'ok' });
/** Operators of the plan's union (g1) and the district admin; staff of another union are refused by scope. */
const planStaff = everyone('denied', { staffHere: 'ok', admin: 'ok' });

/** The member's booking of the bus's first slot; returns the plan id and booking code. */
const booked = async (world: World) => {
  const planId = await createPlanWithSlots(world);
  const result = await world.call<{ code: string }>('health', 'book', bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00')), 'member');
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { planId, code: result.data.code };
};

export const healthCases: ActionCase[] = [
  { fn: 'health', action: 'plans', input: () => ({}), expect: membersOnly },
  {
    fn: 'health',
    action: 'slots',
    input: async (world) => ({ planId: await createPlanWithSlots(world), siteId: 's1' }),
    expect: membersOnly,
  },
  {
    fn: 'health',
    action: 'book',
    input: async (world) => {
      const planId = await createPlanWithSlots(world);
      return bookInput(planId, slotOf(planId, 's1', planDays[0], '08:00'));
    },
    expect: membersOnly,
  },
  {
    fn: 'health',
    action: 'move',
    input: async (world) => {
      const { planId } = await booked(world);
      return { planId, slotId: slotOf(planId, 's2', planDays[0], '09:00') };
    },
    expect: membersOnly,
  },
  { fn: 'health', action: 'cancel', input: async (world) => ({ planId: (await booked(world)).planId }), expect: membersOnly },
  { fn: 'health', action: 'myBookings', input: () => ({}), expect: membersOnly },
  {
    fn: 'health',
    action: 'createPlan',
    input: () => planInput(),
    expect: adminsOnly,
  },
  {
    fn: 'health',
    action: 'generateSlots',
    input: async (world) => ({
      planId: await createPlanWithSlots(world),
      siteId: 's2',
      days: [planDays[1]],
      times: [{ start: '13:00', end: '14:00' }],
      capacity: 8,
    }),
    expect: adminsOnly,
  },
  {
    fn: 'health',
    action: 'updateSlot',
    input: async (world) => ({ slotId: slotOf(await createPlanWithSlots(world), 's2', planDays[0], '09:00'), capacity: 6 }),
    expect: adminsOnly,
  },
  { fn: 'health', action: 'managedPlans', input: () => ({}), expect: everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' }) },
  {
    fn: 'health',
    action: 'checkIn',
    input: async (world) => {
      const { planId, code } = await booked(world);
      setClock(world, planDays[0], '07:50');
      return { planId, siteId: 's1', code };
    },
    expect: planStaff,
  },
  {
    fn: 'health',
    action: 'markNoShow',
    input: async (world) => {
      const { planId } = await booked(world);
      setClock(world, planDays[0], '08:40');
      return { slotId: slotOf(planId, 's1', planDays[0], '08:00') };
    },
    expect: planStaff,
  },
  { fn: 'health', action: 'planStats', input: async (world) => ({ planId: await createPlanWithSlots(world) }), expect: planStaff },
];
