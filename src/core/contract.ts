import type { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * One action's contract, shared by client and server: what it takes, what it returns and which
 * failures it may return beyond the router's own. `command`s write and accept a requestId for
 * idempotent retries; `query`s only read.
 */
export interface Contract<
  I extends z.ZodTypeAny = z.ZodTypeAny,
  O extends z.ZodTypeAny = z.ZodTypeAny,
  E extends ErrorCode = ErrorCode,
> {
  kind: 'query' | 'command';
  input: I;
  output: O;
  errors: readonly E[];
}

export const defineContract = <I extends z.ZodTypeAny, O extends z.ZodTypeAny, const E extends ErrorCode = never>(
  contract: Contract<I, O, E>,
): Contract<I, O, E> => contract;

export type InputOf<C extends Contract> = z.input<C['input']>;
export type ParsedInputOf<C extends Contract> = z.output<C['input']>;
export type OutputOf<C extends Contract> = z.output<C['output']>;
export type ErrorOf<C extends Contract> = C['errors'][number];
