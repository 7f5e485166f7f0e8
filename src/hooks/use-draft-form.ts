import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { NotificationTemplate } from '@core/enums/notification-templates';
import type { AppError, Envelope } from '@core/result';
import { isRetryable, newRequestId } from '../services/request-id';
import { askToBeNotified } from '../services/subscribe';

export type FieldErrors = Record<string, string>;

export type DraftCheck<I> = { ok: true; input: I } | { ok: false; fields: FieldErrors };

export interface DraftFormOptions<D extends { requestId: string }, I, O, A extends unknown[]> {
  /** The draft this phone kept, or null. */
  restore: () => D | null;
  /** A fresh draft, with a new requestId. */
  empty: () => D;
  /** Keeps the draft on the phone; called after every change (an untouched draft is not written). */
  save: (draft: D) => void;
  /** Where a draft key shows its problem, when the contract's field path is not the key itself. */
  errorKeyOf?: Partial<Record<keyof D, string>>;
  /** Field paths top to bottom as the form shows them: the page scrolls to the first one that is wrong. */
  fieldOrder?: readonly string[];
  /** The draft checked as the server will check it, before anything is sent. */
  check: (draft: D, ...args: A) => DraftCheck<I>;
  send: (input: I, requestId: string) => Promise<Envelope<O>>;
  /** The answers the worker will wait for: asked (订阅消息) in the tap, once the draft passes its checks, before it is sent. */
  askFor?: readonly NotificationTemplate[];
  /** The server took it: forget (or keep what is safe of) the draft and move on. */
  onSubmitted: (data: O, draft: D) => void;
  onFailure: (error: AppError) => void;
  onInvalid: (fields: FieldErrors) => void;
}

const scrollToFirst = (fieldOrder: readonly string[] | undefined, fields: FieldErrors) => {
  const first = fieldOrder?.find((key) => fields[key]);
  if (first) Taro.pageScrollTo({ selector: `#nx-field-${first.replace('.', '-')}`, duration: 250 }).catch(() => undefined);
};

/**
 * A form a worker fills in over time and sends once: the draft (restored, kept in storage on every
 * change), field errors from the contract's schema or from the server, and sending with the draft's
 * requestId, kept across retries the server did not answer for good, so a retry on a bad network files
 * one, not two.
 */
export function useDraftForm<D extends { requestId: string }, I, O, A extends unknown[] = []>(options: DraftFormOptions<D, I, O, A>) {
  const { fieldOrder } = options;
  const errorKeyOf: Partial<Record<keyof D, string>> = options.errorKeyOf ?? {};
  const [restored] = useState(options.restore);
  const [draft, setDraft] = useState<D>(() => restored ?? options.empty());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const changed = useRef(false);

  const clearErrorsOf = (keys: (keyof D)[]) =>
    setErrors((current) => {
      const next = { ...current };
      for (const key of keys) delete next[errorKeyOf[key] ?? (key as string)];
      return next;
    });

  /** Changes some fields; their errors go. */
  const update = (patch: Partial<D>) => {
    changed.current = true;
    setDraft((current) => ({ ...current, ...patch }));
    clearErrorsOf(Object.keys(patch) as (keyof D)[]);
  };

  /** Changes one field from its current value (e.g. adding to a list while other changes are on their way). */
  const updateWith = <K extends keyof D>(key: K, next: (value: D[K]) => D[K]) => {
    changed.current = true;
    setDraft((current) => ({ ...current, [key]: next(current[key]) }));
    clearErrorsOf([key]);
  };

  useEffect(() => {
    if (changed.current) options.save(draft);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);

  const submit = async (...args: A) => {
    if (submitting) return;
    const check = options.check(draft, ...args);
    if (!check.ok) {
      setErrors(check.fields);
      scrollToFirst(fieldOrder, check.fields);
      options.onInvalid(check.fields);
      return;
    }
    // Still inside the tap: WeChat lets a page ask only there, before the first await.
    if (options.askFor) askToBeNotified(options.askFor);
    setSubmitting(true);
    const result = await options.send(check.input, draft.requestId);
    setSubmitting(false);
    if (result.ok) {
      options.onSubmitted(result.data, draft);
      return;
    }
    if (result.error.fields) {
      setErrors(result.error.fields);
      scrollToFirst(fieldOrder, result.error.fields);
    }
    // The server keeps a definite answer under this requestId; an edited draft must not get it back.
    if (!isRetryable(result.error)) update({ requestId: newRequestId() } as Partial<D>);
    options.onFailure(result.error);
  };

  return { draft, update, updateWith, errors, setErrors, submit, submitting, restored };
}
