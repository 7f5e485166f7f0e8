import type { Contract, ErrorOf, OutputOf, ParsedInputOf } from '@core/contract';
import type { ActionName, ContractOf, FunctionName } from '@core/contracts';
import { errorMessageOf, type ErrorCode } from '@core/errors';
import type { Access, Caller } from './access';
import type { Ports } from './ports';

/** An expected failure is a value (STYLE.md rule 3); only the router turns it into the wire envelope. */
export interface Failure<E extends ErrorCode = ErrorCode> {
  ok: false;
  code: E;
  message: string;
  fields?: Record<string, string>;
}
export type Outcome<T, E extends ErrorCode = ErrorCode> = { ok: true; data: T } | Failure<E>;

export const ok = <T>(data: T): { ok: true; data: T } => ({ ok: true, data });

export const fail = <E extends ErrorCode>(code: E, options: { message?: string; fields?: Record<string, string> } = {}): Failure<E> => ({
  ok: false,
  code,
  message: options.message ?? errorMessageOf(code),
  ...(options.fields ? { fields: options.fields } : {}),
});

/** Tells a looked-up record from the refusal a lookup helper returned instead (`driveInScope`, `unionInScope`…). */
export const isFailure = <T>(value: T | Failure): value is Failure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/** Failures a use case may return beyond its contract's list: it found the record outside the caller's scope. */
export type ScopeFailure = 'AUTH.FORBIDDEN';

export interface ActionContext {
  caller: Caller;
  ports: Ports;
  /** The client's requestId, or one the router made up; goes in audit records and error logs. */
  requestId: string;
}

export interface ActionDefinition<C extends Contract = Contract> {
  contract: C;
  access: Access;
  run(input: ParsedInputOf<C>, context: ActionContext): Promise<Outcome<OutputOf<C>, ErrorOf<C> | ScopeFailure>>;
}

export const defineAction = <C extends Contract>(definition: ActionDefinition<C>): ActionDefinition<C> => definition;

/** One deployed function's actions: exactly those its contracts name. */
export type ActionTable<F extends FunctionName> = {
  [A in ActionName<F>]: ActionDefinition<ContractOf<F, A>>;
};
