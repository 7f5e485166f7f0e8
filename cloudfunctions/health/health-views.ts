import type { BookingView, PlanSiteView, SlotView } from '@core/contracts/health-fields';
import type { StaffPlanView, StaffSlotView } from '@core/contracts/health.contract';
import { canChangeBooking, changeDeadlineOf, preparationOf, skippedItemsOf } from '@core/rules/health-booking';
import type { BookingDoc } from '../common/collections/bookings.collection';
import type { HealthPlanDoc } from '../common/collections/health-plans.collection';
import type { HealthSlotDoc } from '../common/collections/health-slots.collection';
import type { PiiCipher } from '../common/pii/pii-cipher';
import { bookingQrPayloadOf } from './booking-code';
import { openAnswers } from './health-answers';

export const siteOf = (plan: HealthPlanDoc, siteId: string): PlanSiteView | undefined => plan.sites.find((site) => site.id === siteId);

const siteOrPlaceholder = (plan: HealthPlanDoc, siteId: string): PlanSiteView =>
  siteOf(plan, siteId) ?? { id: siteId, name: '体检地点', address: '请联系工会确认', kind: 'hospital' };

export const planBaseOf = (plan: HealthPlanDoc) => ({
  id: plan._id,
  title: plan.title,
  provider: plan.provider,
  union: { id: plan.unionId, name: plan.unionName },
  items: plan.items,
  preparation: preparationOf(plan.items, plan.notes),
  sites: plan.sites,
  firstDay: plan.firstDay,
  lastDay: plan.lastDay,
  cutoffHours: plan.cutoffHours,
  eligibility: plan.eligibility,
});

export const toStaffPlanView = (plan: HealthPlanDoc): StaffPlanView => ({
  ...planBaseOf(plan),
  opensAt: plan.booking.opensAt,
  priorityDays: plan.booking.priorityDays,
  lateDays: plan.booking.lateDays,
  closesAt: plan.booking.closesAt,
  createdAt: plan.createdAt,
});

/** The worker's own booking, with their own answer applied (never shown to anyone else as such). */
export const toBookingView = (booking: BookingDoc, plan: HealthPlanDoc, pii: PiiCipher, now: number): BookingView => ({
  id: booking._id,
  planId: plan._id,
  planTitle: plan.title,
  provider: plan.provider,
  status: booking.status,
  site: siteOrPlaceholder(plan, booking.siteId),
  slot: { id: booking.slotId, startsAt: booking.slotStartsAt, endsAt: booking.slotEndsAt },
  code: booking.code,
  qrPayload: bookingQrPayloadOf(booking.code),
  preparation: preparationOf(plan.items, plan.notes),
  skippedItems: skippedItemsOf(plan.items, openAnswers(pii, booking.answersCipher)),
  changeDeadline: changeDeadlineOf(booking.slotStartsAt, plan.cutoffHours),
  canChange: booking.status === 'booked' && canChangeBooking(booking.slotStartsAt, plan.cutoffHours, now),
  bookedAt: booking.bookedAt,
  checkedInAt: booking.checkedInAt,
});

/** `open` here means "can be booked now": open and not yet started. */
export const toSlotView = (slot: HealthSlotDoc, now: number, mySlotId: string | null): SlotView => ({
  id: slot._id,
  siteId: slot.siteId,
  day: slot.day,
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  capacity: slot.capacity,
  remaining: Math.max(slot.remaining, 0),
  open: slot.open && slot.startsAt > now,
  mine: slot._id === mySlotId,
});

export const toStaffSlotView = (slot: HealthSlotDoc, now: number): StaffSlotView => {
  const { mine: _mine, ...view } = toSlotView(slot, now, null);
  return { ...view, open: slot.open, booked: slot.booked, checkedIn: slot.checkedIn, noShow: slot.noShow, ended: slot.endsAt <= now };
};
