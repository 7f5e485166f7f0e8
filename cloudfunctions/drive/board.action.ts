import { driveContracts } from '@core/contracts/drive.contract';
import { occupations } from '@core/enums/occupation';
import { Counters } from '../common/collections/counters.collection';
import { Members } from '../common/collections/members.collection';
import { approvedField, driveBoardCounterIdOf, figureOf, signedInField } from '../common/counters/drive-counters';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { driveInScope } from './drive-access';
import { figuresOf } from './drive-views';

/**
 * 现场大屏: what the big screen at the drive shows, polled every few seconds — the drive's one counter
 * document and a count of the waiting joins, so a busy drive costs no more than a quiet one.
 */
export const showDriveBoard = defineAction({
  contract: driveContracts.board,
  access: staffWith('operator', 'reviewer'),
  run: async (input, { caller, ports }) => {
    const drive = await driveInScope(ports.store, caller, input.driveId);
    if (isFailure(drive)) return drive;
    const [board, pending] = await Promise.all([
      ports.store.get(Counters, driveBoardCounterIdOf(drive._id)),
      ports.store.count(Members, { driveId: drive._id, status: 'pending' }),
    ]);
    return ok({
      id: drive._id,
      title: drive.title,
      union: { id: drive.unionId, name: drive.unionName },
      place: drive.place,
      startsAt: drive.startsAt,
      endsAt: drive.endsAt,
      figures: figuresOf(board, pending),
      byOccupation: occupations
        .map((occupation) => ({
          occupation,
          signedIn: figureOf(board, signedInField(occupation)),
          approved: figureOf(board, approvedField(occupation)),
        }))
        .filter((row) => row.signedIn > 0 || row.approved > 0),
      at: ports.clock.now(),
    });
  },
});
