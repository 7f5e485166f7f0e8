import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allCollections } from '../../../collections';
import { cloudbaseDatabasePlanOf, indexPlanOf } from '../cloudbase.indexes';

const committedPlanFile = path.resolve(__dirname, '../../../../../database/security-rules.json');

describe('cloudbase database plan (security rules and indexes the deploy sets up)', () => {
  const plan = cloudbaseDatabasePlanOf(allCollections);

  it('covers every collection, each denying every client read and write', () => {
    expect(plan.collections.map((collection) => collection.name)).toEqual(allCollections.map((collection) => collection.name));
    for (const collection of plan.collections) {
      expect(collection).toMatchObject({ aclTag: 'CUSTOM', rule: { read: false, write: false } });
    }
  });

  it('declares each index in code, non-unique, with _id appended for keyset paging', () => {
    expect(indexPlanOf({ fields: ['target.id', 'at'] })).toEqual({
      IndexName: 'target_id_1_at_1__id_1',
      MgoKeySchema: {
        MgoIsUnique: false,
        MgoIndexKeys: [
          { Name: 'target.id', Direction: '1' },
          { Name: 'at', Direction: '1' },
          { Name: '_id', Direction: '1' },
        ],
      },
    });
    expect(indexPlanOf({ fields: ['_id', 'at'] }).MgoKeySchema.MgoIndexKeys.map((key) => key.Name)).toEqual(['_id', 'at']);
    for (const [i, collection] of plan.collections.entries()) {
      expect(collection.indexes).toHaveLength(allCollections[i].indexes.length);
    }
  });

  it('matches database/security-rules.json (after changing collections: node scripts/deploy.mjs --write-database-plan)', () => {
    expect(JSON.parse(readFileSync(committedPlanFile, 'utf8'))).toEqual(plan);
  });
});
