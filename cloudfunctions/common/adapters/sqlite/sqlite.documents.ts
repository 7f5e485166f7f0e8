import type { z } from 'zod';
import type { CollectionDef, Doc } from '../../ports/store.port';

/**
 * A document that does not match its collection's schema: refused on write, and an error on read —
 * a drifted document passed on silently would surface later as a confusing failure far from its cause.
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

const describeIssue = (issue: z.ZodIssue): string => `${issue.path.join('.') || '(document)'}: ${issue.message}`;

/** The schema's output for `value`, or InvalidDocumentError. */
export const checkDocument = <T extends Doc>(collection: CollectionDef<T>, value: unknown): T => {
  const result = collection.schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidDocumentError(collection.name, idOf(value), result.error.issues);
};

/** Parses a stored `doc` column and checks it against the schema. */
export const readDocument = <T extends Doc>(collection: CollectionDef<T>, json: string): T =>
  checkDocument(collection, JSON.parse(json));

const idOf = (value: unknown): string => {
  const id = value !== null && typeof value === 'object' ? (value as { _id?: unknown })._id : undefined;
  return typeof id === 'string' ? id : '?';
};
