import type { Occupation } from '@core/enums/occupation';
import { monthKey } from '@core/rules/time';
import { Counters } from '../collections/counters.collection';
import type { DriveDoc } from '../collections/drives.collection';
import type { DocumentOps } from '../ports/store.port';

/**
 * Drive counters, kept in the writes of the drive actions (and of member approvals, see
 * member-counters.ts):
 * - `drives:${unionId}:${month}` — kind `drives`, the drive's union and the month it starts in:
 *   `held` (drives created), `reached` (sign-ins), `joined` (members who joined at a drive),
 *   `founded` (unions founded at a drive). The dashboard sums these over a subtree.
 * - `driveBoard:${driveId}` — kind `driveBoard`: one drive's live figures for its board and list:
 *   `signedIn`, `signedIn_<occupation>`, `approved`, `approved_<occupation>`, `founded`.
 */
export type DrivesMetric = 'held' | 'reached' | 'joined' | 'founded';
export const drivesMetrics: readonly DrivesMetric[] = ['held', 'reached', 'joined', 'founded'];

export const drivesCounterIdOf = (unionId: string, month: string): string => `drives:${unionId}:${month}`;
export const driveBoardCounterIdOf = (driveId: string): string => `driveBoard:${driveId}`;

type DriveRef = Pick<DriveDoc, '_id' | 'unionId' | 'unionPath' | 'startsAt'>;

export const countDriveMetric = async (tx: DocumentOps, drive: DriveRef, metric: DrivesMetric, by = 1): Promise<void> => {
  const month = monthKey(drive.startsAt);
  await tx.increment(Counters, drivesCounterIdOf(drive.unionId, month), { [metric]: by }, {
    kind: 'drives',
    unionId: drive.unionId,
    unionPath: drive.unionPath,
    month,
  });
};

export const countOnBoard = async (tx: DocumentOps, drive: DriveRef, by: Readonly<Record<string, number>>): Promise<void> => {
  await tx.increment(Counters, driveBoardCounterIdOf(drive._id), by, { kind: 'driveBoard', unionId: drive.unionId, unionPath: drive.unionPath });
};

export const signedInField = (occupation: Occupation): string => `signedIn_${occupation}`;
export const approvedField = (occupation: Occupation): string => `approved_${occupation}`;

/** A counter document's numeric field, 0 when absent. */
export const figureOf = (counter: Record<string, unknown> | null | undefined, field: string): number => {
  const value = counter?.[field];
  return typeof value === 'number' ? value : 0;
};
