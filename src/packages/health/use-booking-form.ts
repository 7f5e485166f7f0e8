import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { BookInput, WorkerPlanView } from '@core/contracts/health.contract';
import { healthNoticeVersion } from '@core/health-privacy';
import type { AppError } from '@core/result';
import { useDraftForm, type DraftCheck, type FieldErrors } from '../../hooks/use-draft-form';
import { bookHealthCheck } from '../../services/health/book-health-check';
import { moveBooking } from '../../services/health/move-booking';
import { clearBookingDraft, emptyBookingDraft, loadBookingDraft, saveBookingDraft, type BookingDraft } from './booking-draft';

/** Failures that mean the seat is gone: pick another. */
const seatGone = ['HEALTH.SLOT_FULL', 'HEALTH.SLOT_CLOSED'];

export interface BookingFormOptions {
  planId: string;
  moving: boolean;
  onDone: () => void;
  /** The chosen seat went meanwhile: reload the slots. */
  onSeatGone: (error: AppError) => void;
  onFailure: (error: AppError) => void;
  onInvalid: (errors: FieldErrors) => void;
}

/**
 * The booking (or 改期) page's state: the draft (site, day, slot, consent), the one health answer kept
 * only in memory, checks before sending (the same messages the server gives) and sending with the
 * draft's requestId so a repeated tap or a retry takes one seat.
 */
export function useBookingForm({ planId, moving, onDone, onSeatGone, onFailure, onInvalid }: BookingFormOptions) {
  const [mayBePregnant, setMayBePregnant] = useState<boolean | null>(null);

  const check = (draft: BookingDraft, plan: WorkerPlanView): DraftCheck<BookInput & { slotId: string }> => {
    const found: FieldErrors = {};
    if (!draft.slotId) found.slotId = '请先选一个时段';
    if (!moving && plan.asksPregnancy && mayBePregnant === null) found.mayBePregnant = '请选择是或否';
    if (!moving && !draft.agreed) found['consent.health'] = '请阅读体检须知并勾选同意';
    const { slotId } = draft;
    if (!slotId || Object.keys(found).length > 0) return { ok: false, fields: found };
    return {
      ok: true,
      input: {
        planId,
        slotId,
        consent: { version: healthNoticeVersion, health: true },
        ...(plan.asksPregnancy && mayBePregnant !== null ? { mayBePregnant } : {}),
      },
    };
  };

  const form = useDraftForm({
    restore: () => loadBookingDraft(planId, moving),
    empty: emptyBookingDraft,
    save: (draft) => saveBookingDraft(planId, moving, draft),
    errorKeyOf: { agreed: 'consent.health' },
    check,
    send: (input, requestId) => (moving ? moveBooking(planId, input.slotId, requestId) : bookHealthCheck(input, requestId)),
    // A move resets the reminder for the new day, so it asks again.
    askFor: ['healthReminder'],
    onSubmitted: () => {
      clearBookingDraft(planId, moving);
      onDone();
    },
    onFailure: (error) => {
      if (!seatGone.includes(error.code)) return onFailure(error);
      form.update({ slotId: null });
      onSeatGone(error);
    },
    onInvalid,
  });

  const answer = (value: boolean) => {
    setMayBePregnant(value);
    form.setErrors(({ mayBePregnant: _gone, ...rest }) => rest);
  };

  const scrollTo = (selector: string) => Taro.pageScrollTo({ selector, duration: 250 }).catch(() => undefined);

  return { draft: form.draft, update: form.update, mayBePregnant, answer, errors: form.errors, sending: form.submitting, submit: form.submit, scrollTo };
}
