import { newRequestId } from '../../services/request-id';
import { readStored, removeStored, writeStored } from '../../utils/storage';

/**
 * What the worker picked on the booking page, kept on the phone until the booking goes through — a
 * lost connection or a closed app costs nothing. The health answer is never kept here: it is sensitive
 * and one tap to give again. The requestId stays for every retry of the same booking.
 */
export interface BookingDraft {
  siteId: string | null;
  day: string | null;
  slotId: string | null;
  agreed: boolean;
  requestId: string;
}

const keyOf = (planId: string, moving: boolean) => `nuanxin.healthDraft.${moving ? 'move' : 'book'}.${planId}`;

export const emptyBookingDraft = (): BookingDraft => ({ siteId: null, day: null, slotId: null, agreed: false, requestId: newRequestId() });

export const loadBookingDraft = (planId: string, moving: boolean): BookingDraft => {
  const stored = readStored<Partial<BookingDraft>>(keyOf(planId, moving));
  return stored && typeof stored.requestId === 'string' ? { ...emptyBookingDraft(), ...stored } : emptyBookingDraft();
};

export const saveBookingDraft = (planId: string, moving: boolean, draft: BookingDraft): void => writeStored(keyOf(planId, moving), draft);

export const clearBookingDraft = (planId: string, moving: boolean): void => removeStored(keyOf(planId, moving));
