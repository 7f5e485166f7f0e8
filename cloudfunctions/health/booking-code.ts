import { randomInt } from 'node:crypto';

/**
 * A booking code staff can read out and type: 8 characters from 32 that cannot be mistaken for one
 * another (no 0/O, 1/I). 32⁸ ≈ 10¹², random, so a code cannot be guessed from another; uniqueness
 * within a plan is still enforced by its key document (bookingCodes), not by luck.
 */
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export const newBookingCode = (): string => Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');

/** What the booking's QR code carries; staff scanners accept it as the typed code. */
export const bookingQrPayloadOf = (code: string): string => `nuanxin:health:${code}`;
