import { useRef, useState } from 'react';
import type { Envelope } from '@core/result';
import { isRetryable, newRequestId } from '../services/request-id';

/**
 * One write a page sends (a transfer request, a decision): the same requestId for every retry of it,
 * so a tap repeated on a bad network is done once, and a fresh one after a definite answer. A tap while
 * it is on its way does nothing.
 */
export function useSubmit<T, A extends unknown[]>(send: (requestId: string, ...args: A) => Promise<Envelope<T>>) {
  const requestId = useRef(newRequestId());
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);

  const submit = async (...args: A): Promise<Envelope<T> | null> => {
    if (inFlight.current) return null;
    inFlight.current = true;
    setBusy(true);
    const result = await send(requestId.current, ...args);
    inFlight.current = false;
    setBusy(false);
    if (result.ok || !isRetryable(result.error)) requestId.current = newRequestId();
    return result;
  };

  return { submit, busy };
}
