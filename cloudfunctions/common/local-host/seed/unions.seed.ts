import { Unions } from '../../collections/unions.collection';
import { demoUnionPathOf, demoUnions } from './demo-unions';
import type { SeedStep } from './seed-step';

export const unionsSeed: SeedStep = {
  name: 'unions',
  run: async (tx, { now }) => {
    for (const union of demoUnions) {
      await tx.insert(Unions, {
        _id: union.id,
        name: union.name,
        parentId: union.parentId,
        path: demoUnionPathOf(union.id),
        level: union.level,
        acceptsMembers: union.level === 'grassroots',
        mainOccupation: union.mainOccupation ?? null,
        area: union.area,
        address: union.address,
        foundedAt: Date.parse(`${union.founded}T00:00:00+08:00`),
        createdAt: now,
      });
    }
  },
};
