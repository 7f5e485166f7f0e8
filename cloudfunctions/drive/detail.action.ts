import { driveContracts } from '@core/contracts/drive.contract';
import { Counters } from '../common/collections/counters.collection';
import { Members } from '../common/collections/members.collection';
import { driveBoardCounterIdOf } from '../common/counters/drive-counters';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { driveCodeUrl } from './drive-code';
import { driveInScope } from './drive-access';
import { foundingParentsOf } from './founding-parents';
import { linkedCampaignOf } from './gift-campaign';
import { toDriveDetail } from './drive-views';

/** 活动详情: the drive, its QR code, its figures and the unions founded at it. */
export const showDrive = defineAction({
  contract: driveContracts.detail,
  access: staffWith('operator', 'reviewer'),
  run: async (input, { caller, ports }) => {
    const drive = await driveInScope(ports.store, caller, input.driveId);
    if (isFailure(drive)) return drive;
    const [board, pending, qrCodeUrl, parents, giftCampaign] = await Promise.all([
      ports.store.get(Counters, driveBoardCounterIdOf(drive._id)),
      ports.store.count(Members, { driveId: drive._id, status: 'pending' }),
      driveCodeUrl(ports, drive),
      foundingParentsOf(ports.store, caller.scope, drive),
      linkedCampaignOf(ports.store, drive),
    ]);
    return ok(toDriveDetail(drive, board, pending, qrCodeUrl, parents, giftCampaign));
  },
});
