import type { CollectionDef, Doc, IndexDef } from '../../ports/store.port';

/**
 * What the deploy sets up in the CloudBase database for each collection (database/security-rules.json
 * is this, written out): the collection, a security rule denying every client read and write (all
 * access goes through the functions, DESIGN.md "Data"), and the indexes declared in code, in the
 * shape of the `UpdateTable` / manager-node `updateCollection` call (`CreateIndexes`).
 */
export interface CloudbaseIndexPlan {
  IndexName: string;
  MgoKeySchema: {
    MgoIsUnique: false;
    MgoIndexKeys: Array<{ Name: string; Direction: '1' }>;
  };
}

export interface CloudbaseCollectionPlan {
  name: string;
  /** CUSTOM with `{read: false, write: false}`: no client access at all; node-sdk bypasses the rule. */
  aclTag: 'CUSTOM';
  rule: { read: false; write: false };
  indexes: CloudbaseIndexPlan[];
}

export interface CloudbaseDatabasePlan {
  collections: CloudbaseCollectionPlan[];
}

/**
 * Every find pages by keyset with `_id` as the last sort key (paging.ts), so `_id` is appended to each
 * index: then the index alone gives the full order and the cursor's range, with no in-memory sort.
 * Uniqueness is never an index here: it is a deterministic `_id` (DESIGN.md), enforced on insert.
 */
export const indexPlanOf = (index: IndexDef): CloudbaseIndexPlan => {
  const fields = index.fields.includes('_id') ? [...index.fields] : [...index.fields, '_id'];
  return {
    // MongoDB's default naming (`status_1_unionPath_1__id_1`), dots made underscores for CloudBase.
    IndexName: fields.map((field) => `${field.replace(/\./g, '_')}_1`).join('_'),
    MgoKeySchema: { MgoIsUnique: false, MgoIndexKeys: fields.map((field) => ({ Name: field, Direction: '1' })) },
  };
};

export const cloudbaseDatabasePlanOf = (collections: readonly CollectionDef<Doc>[]): CloudbaseDatabasePlan => ({
  collections: collections.map((collection) => ({
    name: collection.name,
    aclTag: 'CUSTOM',
    rule: { read: false, write: false },
    indexes: collection.indexes.map(indexPlanOf),
  })),
});
