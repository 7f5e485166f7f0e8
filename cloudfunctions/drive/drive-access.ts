import type { Caller } from '../common/runtime/access';
import { Drives, type DriveDoc } from '../common/collections/drives.collection';
import type { Store } from '../common/ports/store.port';
import { fail, type Failure } from '../common/runtime/action';

/** The drive, if it exists and lies in the staff caller's subtrees; staff never see another union's drives. */
export const driveInScope = async (store: Store, caller: Caller, driveId: string): Promise<DriveDoc | Failure<'DRIVE.NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const drive = await store.get(Drives, driveId);
  if (!drive) return fail('DRIVE.NOT_FOUND');
  if (!caller.scope?.covers(drive.unionPath)) return fail('AUTH.FORBIDDEN');
  return drive;
};
