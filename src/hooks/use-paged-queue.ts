import { useRef, useState } from 'react';
import type { AppError, Envelope } from '@core/result';

type PageOf<T> = { items: T[]; nextCursor: string | null };

export interface PagedQueue<T, K> {
  items: T[];
  nextCursor: string | null;
  /** The first page is on its way (nothing on screen). */
  loading: boolean;
  loadingMore: boolean;
  error: AppError | null;
  /** The first page under `next` (or the current filter again); null when a newer request replaced it. */
  load: (next?: K) => Promise<Envelope<PageOf<T>> | null>;
  /** The page after the last one (nothing without a cursor); null when a newer request replaced it. */
  more: () => Promise<Envelope<PageOf<T>> | null>;
  /** Takes handled rows out without a reload. */
  drop: (handled: (item: T) => boolean) => void;
}

/**
 * A staff queue read a page at a time under one filter (`key`, e.g. a status tab): switching the
 * filter starts over, 加载更多 continues, and an answer arriving after a newer request is dropped.
 */
export function usePagedQueue<T, K>(fetchPage: (key: K, cursor: string | undefined) => Promise<Envelope<PageOf<T>>>, initialKey: K): PagedQueue<T, K> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const key = useRef(initialKey);
  const ticket = useRef(0);

  const fetchInto = async (cursor: string | undefined) => {
    ticket.current += 1;
    const mine = ticket.current;
    if (cursor) setLoadingMore(true);
    else {
      setLoading(true);
      setItems([]);
      setNextCursor(null);
      setError(null);
    }
    const result = await fetchPage(key.current, cursor);
    if (mine !== ticket.current) return null;
    setLoading(false);
    setLoadingMore(false);
    if (result.ok) {
      setItems((current) => [...(cursor ? current : []), ...result.data.items]);
      setNextCursor(result.data.nextCursor);
      setError(null);
    } else {
      setError(result.error);
    }
    return result;
  };

  return {
    items,
    nextCursor,
    loading,
    loadingMore,
    error,
    load: (next: K = key.current) => {
      key.current = next;
      return fetchInto(undefined);
    },
    more: () => (nextCursor ? fetchInto(nextCursor) : Promise.resolve(null)),
    drop: (handled) => setItems((current) => current.filter((item) => !handled(item))),
  };
}
