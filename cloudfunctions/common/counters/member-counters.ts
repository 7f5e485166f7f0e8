import type { Occupation } from '@core/enums/occupation';
import { platformOf, type Platform } from '@core/enums/platform';
import { monthKey } from '@core/rules/time';
import { Counters, memberCounterIdOf } from '../collections/counters.collection';
import { Drives } from '../collections/drives.collection';
import type { MemberDoc } from '../collections/members.collection';
import type { DocumentOps } from '../ports/store.port';
import { approvedField, countDriveMetric, countOnBoard } from './drive-counters';

/**
 * The buckets one approved member is counted in, for the dashboard and the drives:
 * - `members:${unionId}:${occupation}:${month}` (month joined): `approved`, and in the same document
 *   `platform_<key>` for the platform bucket of the member's employer (@core/enums/platform);
 * - for a member who joined at a drive: the drive's board (`driveBoard:${driveId}`: `approved`,
 *   `approved_<occupation>`) and its union's month (`drives:…`: `joined`).
 *
 * Called with +1 / −1 by `countMember` (cloudfunctions/member/member-counters.ts), the one place every
 * member change (approval, transfer, 退会) counts through, inside the transaction that makes it. So
 * the counters always equal a recount of the approved member records (test/support/recount.ts).
 */
export type BucketedMember = Pick<MemberDoc, 'unionId' | 'unionPath' | 'occupation' | 'employer' | 'driveId'> & { joinedAt: number };

export const platformFieldOf = (platform: Platform): string => `platform_${platform}`;

export interface MemberBucket {
  unionId: string;
  unionPath: string;
  occupation: Occupation;
  platform: Platform;
  month: string;
}

export const memberBucketOf = (member: BucketedMember): MemberBucket => ({
  unionId: member.unionId,
  unionPath: member.unionPath,
  occupation: member.occupation,
  platform: platformOf(member.employer),
  month: monthKey(member.joinedAt),
});

export const countMemberInBuckets = async (tx: DocumentOps, member: BucketedMember, delta: 1 | -1): Promise<void> => {
  const bucket = memberBucketOf(member);
  await tx.increment(
    Counters,
    memberCounterIdOf(bucket.unionId, bucket.occupation, bucket.month),
    { approved: delta, [platformFieldOf(bucket.platform)]: delta },
    { kind: 'members', unionId: bucket.unionId, unionPath: bucket.unionPath, occupation: bucket.occupation, month: bucket.month },
  );
  if (!member.driveId) return;
  const drive = await tx.get(Drives, member.driveId);
  if (!drive) return;
  await countOnBoard(tx, drive, { approved: delta, [approvedField(member.occupation)]: delta });
  await countDriveMetric(tx, drive, 'joined', delta);
};
