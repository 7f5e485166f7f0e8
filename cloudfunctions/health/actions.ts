import type { ActionTable } from '../common/runtime/action';
import { bookHealthCheck } from './book.action';
import { cancelBooking } from './cancel.action';
import { checkInBooking } from './check-in.action';
import { createPlan } from './create-plan.action';
import { generateSlots } from './generate-slots.action';
import { listManagedPlans } from './managed-plans.action';
import { markSlotNoShows } from './mark-no-show.action';
import { moveBooking } from './move.action';
import { listMyBookings } from './my-bookings.action';
import { showPlanStats } from './plan-stats.action';
import { listPlansForWorker } from './plans.action';
import { listSlots } from './slots.action';
import { updateSlot } from './update-slot.action';

export const healthActions: ActionTable<'health'> = {
  plans: listPlansForWorker,
  slots: listSlots,
  book: bookHealthCheck,
  move: moveBooking,
  cancel: cancelBooking,
  myBookings: listMyBookings,
  createPlan,
  generateSlots,
  updateSlot,
  managedPlans: listManagedPlans,
  checkIn: checkInBooking,
  markNoShow: markSlotNoShows,
  planStats: showPlanStats,
};
