import { randomBytes } from 'node:crypto';
import { Unions, unionPathOf, type UnionDoc } from '../common/collections/unions.collection';
import type { DocumentOps, Store } from '../common/ports/store.port';

export type NewUnionFields = Pick<UnionDoc, 'name' | 'level' | 'mainOccupation' | 'area' | 'address' | 'foundedAt'>;

/**
 * A union joining the tree under `parent` (建会 at a drive, 工会管理): a fresh id, its path below the
 * parent's, and members taken only by a grassroots union.
 */
export const newUnionDoc = (parent: Pick<UnionDoc, '_id' | 'path'>, fields: NewUnionFields, now: number): UnionDoc => {
  const id = `u-${now.toString(36)}-${randomBytes(4).toString('base64url')}`;
  return { _id: id, parentId: parent._id, path: unionPathOf(parent.path, id), acceptsMembers: fields.level === 'grassroots', createdAt: now, ...fields };
};

/** Whether a union called `name` already hangs anywhere under `parent` (a second registration of the same one). */
export const hasNamesakeUnder = async (store: Pick<Store, 'find'>, parent: Pick<UnionDoc, 'path'>, name: string): Promise<boolean> => {
  const namesake = await store.find(Unions, { where: { path: { $prefix: parent.path }, name }, limit: 1 });
  return namesake.items.length > 0;
};

/** Inserts the new union; kept beside `newUnionDoc` so both callers write it the same way. */
export const insertUnion = (tx: DocumentOps, union: UnionDoc): Promise<void> => tx.insert(Unions, union);
