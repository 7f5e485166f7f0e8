import { occupationLabels } from '@core/enums/occupation';
import {
  ageOn,
  birthDateOfIdNumber,
  bookingTierOf,
  eligibilityProblemOf,
  isFemaleIdNumber,
  type EligibilityProblem,
} from '@core/rules/health-booking';
import type { BookingTier } from '@core/enums/health';
import { Bookings, bookingIdOf, type BookingDoc } from '../common/collections/bookings.collection';
import { HealthPlans, type HealthPlanDoc } from '../common/collections/health-plans.collection';
import type { MemberDoc } from '../common/collections/members.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';
import type { Store } from '../common/ports/store.port';

/** `/root/a/b/` → `/root/`, `/root/a/`, `/root/a/b/`: the unions whose plans a member of b may book. */
export const ancestorPathsOf = (unionPath: string): string[] => {
  const ids = unionPath.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
};

/** A plan the member may see: one organized by their union or a union above it. */
export const visiblePlan = async (store: Store, planId: string, member: MemberDoc): Promise<HealthPlanDoc | null> => {
  const plan = await store.get(HealthPlans, planId);
  return plan && member.unionPath.startsWith(plan.unionPath) ? plan : null;
};

/**
 * A plan whose booking the member may look at, move or cancel: one they may see, or one they still hold
 * a booking in from their union before a transfer. A transfer keeps what was granted while eligible
 * (common/membership/membership-end.port.ts): the worker must be able to give that seat back, or it
 * ends as 未到. Booking anew still needs `visiblePlan`.
 */
export const planOfMyBooking = async (store: Store, planId: string, member: MemberDoc): Promise<HealthPlanDoc | null> => {
  const plan = await store.get(HealthPlans, planId);
  if (!plan) return null;
  if (member.unionPath.startsWith(plan.unionPath)) return plan;
  const booking = await store.get(Bookings, bookingIdOf(plan._id, member._id));
  return booking && booking.status !== 'cancelled' ? plan : null;
};

/** What the rules need to know about the worker: read from their sealed ID number, kept only in memory. */
export interface WorkerProfile {
  occupation: MemberDoc['occupation'];
  birthDate: string;
  female: boolean;
}

export const workerProfileOf = (member: MemberDoc, pii: PiiCipher): WorkerProfile => {
  const idNumber = pii.decrypt(member.idCipher);
  return { occupation: member.occupation, birthDate: birthDateOfIdNumber(idNumber), female: isFemaleIdNumber(idNumber) };
};

const problemMessages: Record<EligibilityProblem, (plan: HealthPlanDoc) => string> = {
  occupation: (plan) => `这次体检只面向${plan.eligibility.occupations.map((occupation) => occupationLabels[occupation]).join('、')}`,
  tooYoung: (plan) => `这次体检面向${plan.eligibility.ageMin}岁及以上的工友`,
  tooOld: (plan) => `这次体检面向${plan.eligibility.ageMax}岁及以下的工友`,
};

/** Null when the worker may book the plan, else why not (age on the plan's first day). */
export const ineligibilityOf = (plan: HealthPlanDoc, profile: WorkerProfile): string | null => {
  const problem = eligibilityProblemOf(plan.eligibility, { occupation: profile.occupation, age: ageOn(profile.birthDate, plan.firstDay) });
  return problem ? problemMessages[problem](plan) : null;
};

/** The worker's recent bookings, newest slot first: their history for the priority rules. */
export const recentBookingsOf = async (store: Store, openid: string): Promise<BookingDoc[]> =>
  (await store.find(Bookings, { where: { openid }, orderBy: [['slotStartsAt', 'desc']], limit: 50 })).items;

export const tierOf = (history: readonly BookingDoc[], now: number): BookingTier => bookingTierOf(history, now);
