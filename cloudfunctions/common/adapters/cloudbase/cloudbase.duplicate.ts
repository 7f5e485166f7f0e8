/**
 * Whether a failed insert failed because a document with that `_id` already exists — the one error the
 * port turns into DuplicateIdError, on which idempotency, 入会 and every uniqueness key rely.
 *
 * What CloudBase sends for it:
 * - node-sdk (HTTP API): code `DATABASE_DUPLICATE_WRITE` ("index key duplicate, for example inserting
 *   data with same _id", docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE; HTTP 409 in the
 *   NoSQL REST API's table), message from the server, e.g.
 *   `[FailedOperation.DuplicateWrite] multiple write,duplicate key error collection…`.
 * - wx-server-sdk and older gateways: the generic `DATABASE_REQUEST_FAILED` / errCode -502001 with the
 *   MongoDB text `E11000 duplicate key error …` in the message.
 *
 * So: the specific code, or one of the two specific markers in the message. A bare -502001 or
 * DATABASE_REQUEST_FAILED is not enough (it also means permission or network trouble), and a duplicate
 * on some other unique index (`index: phone_1 dup key`) is not a duplicate `_id`.
 */
const duplicateCode = 'DATABASE_DUPLICATE_WRITE';
const duplicateMarkers = [/\[FailedOperation\.DuplicateWrite\]/, /\bE11000 duplicate key error\b/];
const indexNamed = /index:\s*(\S+)\s+dup key/;

const textOf = (fields: Record<string, unknown>): string =>
  [fields.message, fields.errMsg].filter((part): part is string => typeof part === 'string').join(' ');

export const isDuplicateKeyError = (error: unknown): boolean => {
  if (error === null || typeof error !== 'object') return false;
  const fields = error as Record<string, unknown>;
  const text = textOf(fields);
  const index = indexNamed.exec(text)?.[1];
  if (index !== undefined && index !== '_id_') return false;
  return fields.code === duplicateCode || duplicateMarkers.some((marker) => marker.test(text));
};
