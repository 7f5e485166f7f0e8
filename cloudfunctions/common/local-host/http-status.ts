import { errorKindOf, type ErrorKind } from '@core/errors';
import type { Envelope } from '@core/result';

/** DESIGN.md "Wire protocol": the HTTP status mirrors the result; the body is always the envelope. */
export const httpStatusByKind: Record<ErrorKind, number> = {
  input: 400,
  identity: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  rateLimited: 429,
  internal: 500,
};

export const httpStatusOf = (envelope: Envelope<unknown>): number =>
  envelope.ok ? 200 : httpStatusByKind[errorKindOf(envelope.error.code)];
