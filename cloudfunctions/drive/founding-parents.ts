import type { UnionRef } from '@core/contracts/directory.contract';
import type { DriveDoc } from '../common/collections/drives.collection';
import { Unions } from '../common/collections/unions.collection';
import type { StaffScope } from '../common/runtime/access';
import type { Store } from '../common/ports/store.port';

/**
 * The unions a union founded at `drive` may hang under: the drive union and those above it that are
 * not grassroots and that the caller serves, nearest first (one read).
 */
export const foundingParentsOf = async (store: Store, scope: StaffScope | null, drive: Pick<DriveDoc, 'unionPath'>): Promise<UnionRef[]> => {
  const ids = drive.unionPath.split('/').filter(Boolean);
  const found = await store.find(Unions, { where: { _id: { $in: ids } }, limit: 100 });
  return found.items
    .filter((union) => union.level !== 'grassroots' && scope?.covers(union.path))
    .sort((a, b) => b.path.length - a.path.length)
    .map((union) => ({ id: union._id, name: union.name }));
};
