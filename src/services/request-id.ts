import type { AppError } from '@core/result';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh id for one logical write (the server's `requestId`, 8–64 of [A-Za-z0-9_-]). Reuse it for
 * every retry of that same write, so a tap repeated on a bad network is done once.
 */
export const newRequestId = (): string => {
  let random = '';
  for (let i = 0; i < 16; i += 1) random += alphabet[Math.floor(Math.random() * alphabet.length)];
  return `${Date.now().toString(36)}-${random}`;
};

/**
 * Answers the server did not keep under the requestId (a lost connection, the first attempt still
 * running, too many calls): a retry of the same write sends the same id. After any other answer the
 * next attempt needs a new one.
 */
export const isRetryable = (error: AppError): boolean => ['INTERNAL', 'REQUEST.IN_PROGRESS', 'RATE.LIMITED'].includes(error.code);
