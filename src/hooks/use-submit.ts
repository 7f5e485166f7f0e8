import { useRef, useState } from 'react';
import type { Envelope } from '@core/result';
import { isRetryable, newRequestId } from '../services/request-id';

type Send<T, A extends unknown[]> = (requestId: string, ...args: A) => Promise<Envelope<T>>;

export interface Submitter<T, A extends unknown[]> {
  /** Sends one attempt; null when the same write is still on its way (a double tap). */
  submit: (...args: A) => Promise<Envelope<T> | null>;
  /** Some write of this page is on its way. */
  busy: boolean;
}

/**
 * Writes a page sends (a transfer request, a decision on a row), each under its own requestId: every
 * retry of one write sends that write's id, so a tap repeated on a bad network is done once, and a
 * definite answer retires it. `keyOf` says which write an attempt belongs to — the record and the
 * decision (`${row.id}:${decision}`), never the page — so deciding another row after a lost connection
 * cannot get the first row's stored answer back. A tap while the same write is on its way does nothing.
 */
export function useSubmit<T>(send: Send<T, []>): Submitter<T, []>;
export function useSubmit<T, A extends [unknown, ...unknown[]]>(send: Send<T, A>, keyOf: (...args: A) => string): Submitter<T, A>;
export function useSubmit<T, A extends unknown[]>(send: Send<T, A>, keyOf: (...args: A) => string = () => ''): Submitter<T, A> {
  const ids = useRef(new Map<string, string>());
  const inFlight = useRef(new Set<string>());
  const [sending, setSending] = useState(0);

  const submit = async (...args: A): Promise<Envelope<T> | null> => {
    const key = keyOf(...args);
    if (inFlight.current.has(key)) return null;
    inFlight.current.add(key);
    setSending((n) => n + 1);
    const requestId = ids.current.get(key) ?? newRequestId();
    ids.current.set(key, requestId);
    try {
      const result = await send(requestId, ...args);
      if (result.ok || !isRetryable(result.error)) ids.current.delete(key);
      return result;
    } finally {
      inFlight.current.delete(key);
      setSending((n) => n - 1);
    }
  };

  return { submit, busy: sending > 0 };
}
