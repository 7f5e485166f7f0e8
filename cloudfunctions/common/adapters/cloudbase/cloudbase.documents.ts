import type { z } from 'zod';
import type { CollectionDef, Doc } from '../../ports/store.port';

/**
 * A document that does not match its collection's schema: an error on read (the CloudBase console and
 * old code can leave drifted documents behind, and a drifted one passed on would fail later, far from
 * its cause) and refused on write. The message names paths and issue kinds only, never values: it
 * ends up in logs, and values here can be names or ID numbers.
 */
export class InvalidDocumentError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly issues: readonly z.ZodIssue[],
  ) {
    super(`document ${collection}/${id} does not match its schema: ${issues.map(describeIssue).join('; ')}`);
    this.name = 'InvalidDocumentError';
  }
}

const describeIssue = (issue: z.ZodIssue): string => `${issue.path.join('.') || '(document)'}: ${issue.code}`;

const idOf = (value: unknown): string => {
  const id = value !== null && typeof value === 'object' ? (value as { _id?: unknown })._id : undefined;
  return typeof id === 'string' ? id : '?';
};

/** The schema's output for `value` (unknown keys such as `_openid` dropped), or InvalidDocumentError. */
export const checkDocument = <T extends Doc>(collection: CollectionDef<T>, value: unknown): T => {
  const result = collection.schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidDocumentError(collection.name, idOf(value), result.error.issues);
};

/** `{...init, ...by}` with dotted `by` paths placed inside nested objects, for a new counter. */
export const withValuesAt = (base: Record<string, unknown>, values: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const result = structuredClone(base);
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let target = result;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = (target[key] = next !== null && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    }
    target[keys[keys.length - 1]] = value;
  }
  return result;
};
