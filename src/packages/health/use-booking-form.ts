import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { WorkerPlanView } from '@core/contracts/health.contract';
import { healthNoticeVersion } from '@core/health-privacy';
import type { AppError } from '@core/result';
import { bookHealthCheck } from '../../services/health/book-health-check';
import { moveBooking } from '../../services/health/move-booking';
import { newRequestId } from '../../services/request-id';
import { clearBookingDraft, loadBookingDraft, saveBookingDraft, type BookingDraft } from './booking-draft';

export type FieldErrors = Record<string, string>;

/** Answers the server gives again for the same requestId; after any other, the next try needs a new id. */
const isRetryable = (error: AppError) => ['INTERNAL', 'REQUEST.IN_PROGRESS', 'RATE.LIMITED'].includes(error.code);

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
  const [draft, setDraft] = useState<BookingDraft>(() => loadBookingDraft(planId, moving));
  const [mayBePregnant, setMayBePregnant] = useState<boolean | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sending, setSending] = useState(false);

  useEffect(() => saveBookingDraft(planId, moving, draft), [planId, moving, draft]);

  const update = (patch: Partial<BookingDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      if ('slotId' in patch) delete next.slotId;
      if ('agreed' in patch) delete next['consent.health'];
      return next;
    });
  };
  const answer = (value: boolean) => {
    setMayBePregnant(value);
    setErrors(({ mayBePregnant: _gone, ...rest }) => rest);
  };

  const check = (plan: WorkerPlanView): FieldErrors => {
    const found: FieldErrors = {};
    if (!draft.slotId) found.slotId = '请先选一个时段';
    if (!moving && plan.asksPregnancy && mayBePregnant === null) found.mayBePregnant = '请选择是或否';
    if (!moving && !draft.agreed) found['consent.health'] = '请阅读体检须知并勾选同意';
    return found;
  };

  const submit = async (plan: WorkerPlanView) => {
    if (sending) return;
    const found = check(plan);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      onInvalid(found);
      return;
    }
    setSending(true);
    const result = moving
      ? await moveBooking(planId, draft.slotId!, draft.requestId)
      : await bookHealthCheck(
          {
            planId,
            slotId: draft.slotId!,
            consent: { version: healthNoticeVersion, health: true },
            ...(plan.asksPregnancy && mayBePregnant !== null ? { mayBePregnant } : {}),
          },
          draft.requestId,
        );
    setSending(false);
    if (result.ok) {
      clearBookingDraft(planId, moving);
      onDone();
      return;
    }
    if (!isRetryable(result.error)) update({ requestId: newRequestId() });
    if (result.error.fields) setErrors(result.error.fields);
    if (seatGone.includes(result.error.code)) {
      update({ slotId: null });
      onSeatGone(result.error);
      return;
    }
    onFailure(result.error);
  };

  const scrollTo = (selector: string) => Taro.pageScrollTo({ selector, duration: 250 }).catch(() => undefined);

  return { draft, update, mayBePregnant, answer, errors, sending, submit, scrollTo };
}
