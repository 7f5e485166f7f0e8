import { commonErrors } from './common.errors';
import { directoryErrors } from './directory.errors';
import { driveErrors } from './drive.errors';
import { legalErrors } from './legal.errors';
import { memberErrors } from './member.errors';
import { healthErrors } from './health.errors';
import { welfareErrors } from './welfare.errors';

export type { ErrorKind } from './define';

/**
 * Every failure a caller can see: its stable dotted code, the plain-Chinese message shown to the user
 * and its kind. Codes never change once shipped: clients branch on them. One table per domain; a new
 * domain adds its table here.
 */
export const errors = {
  ...commonErrors,
  ...memberErrors,
  ...directoryErrors,
  ...driveErrors,
  ...healthErrors,
  ...welfareErrors,
  ...legalErrors,
};

export type ErrorCode = keyof typeof errors;

export const errorKindOf = (code: ErrorCode) => errors[code].kind;
export const errorMessageOf = (code: ErrorCode): string => errors[code].message;
