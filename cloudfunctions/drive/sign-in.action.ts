import { driveContracts } from '@core/contracts/drive.contract';
import { signInWindowOf } from '@core/rules/drive-window';
import { Drives } from '../common/collections/drives.collection';
import { Members } from '../common/collections/members.collection';
import { Signins, signinIdOf } from '../common/collections/signins.collection';
import { countDriveMetric, countOnBoard, signedInField } from '../common/counters/drive-counters';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail } from '../common/runtime/action';
import { inTransaction } from '../common/runtime/transaction';

/**
 * 签到 at a drive, by its QR code: once per worker per drive (the sign-in's `_id`), counted on the
 * drive's board and its union's month in the same write. A second sign-in answers the first and
 * counts nothing. A member is counted by the occupation on their record, anyone else by the one they
 * tapped.
 */
export const signInToDrive = defineAction({
  contract: driveContracts.signIn,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const drive = await ports.store.get(Drives, input.driveId);
    if (!drive) return fail('DRIVE.NOT_FOUND');
    const now = ports.clock.now();
    const window = signInWindowOf(drive, now);
    if (window === 'early') return fail('DRIVE.NOT_STARTED');
    if (window === 'closed') return fail('DRIVE.ENDED');

    return inTransaction(ports.store, async (tx) => {
      const member = await tx.get(Members, caller.openid);
      const membership = member?.status ?? 'none';
      const previous = await tx.get(Signins, signinIdOf(drive._id, caller.openid));
      if (previous) return { driveId: drive._id, signedInAt: previous.at, firstTime: false, membership };

      const occupation = member?.status === 'approved' ? member.occupation : input.occupation;
      await tx.insert(Signins, {
        _id: signinIdOf(drive._id, caller.openid),
        driveId: drive._id,
        openid: caller.openid,
        occupation,
        wasMember: member?.status === 'approved',
        at: now,
      });
      await countOnBoard(tx, drive, { signedIn: 1, [signedInField(occupation)]: 1 });
      await countDriveMetric(tx, drive, 'reached');
      return { driveId: drive._id, signedInAt: now, firstTime: true, membership };
    });
  },
});
