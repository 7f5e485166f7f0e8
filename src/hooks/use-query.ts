import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Envelope } from '@core/result';

export interface QueryState<T> {
  data: T | undefined;
  error: AppError | null;
  /** True only while there is nothing to show yet; a refresh keeps the current data on screen. */
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads one service call for a page: loading, error and data, plus `reload` for 重试 and for refreshing
 * when a tab is shown again. An answer that arrives after a newer request started is dropped. A lost
 * connection (INTERNAL) keeps what is on screen; a definite answer (e.g. MEMBER.NOT_MEMBER) replaces it.
 */
export function useQuery<T>(load: () => Promise<Envelope<T>>, { auto = true }: { auto?: boolean } = {}): QueryState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<AppError | null>(null);
  // Nothing is on screen until the first answer, whoever starts the load (mount or page show).
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const hasData = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    latest.current += 1;
    const ticket = latest.current;
    if (!hasData.current) setLoading(true);
    const envelope = await loadRef.current();
    if (ticket !== latest.current) return;
    if (envelope.ok) {
      hasData.current = true;
      setData(envelope.data);
      setError(null);
    } else {
      if (envelope.error.code !== 'INTERNAL') {
        hasData.current = false;
        setData(undefined);
      }
      setError(envelope.error);
    }
    setLoading(false);
  }, []);

  useEffect(() => {
    if (auto) void reload();
  }, [auto, reload]);

  return { data, error, loading, reload };
}
