import { driveContracts } from '@core/contracts/drive.contract';
import { Drives } from '../common/collections/drives.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { giftCampaignOf } from './gift-campaign';

/** What a worker who scanned a drive's QR code lands on: the drive, the union to join there, its 入会送礼包. */
export const showDriveEntry = defineAction({
  contract: driveContracts.entry,
  access: signedIn,
  run: async (input, { ports }) => {
    const drive = await ports.store.get(Drives, input.driveId);
    if (!drive) return fail('DRIVE.NOT_FOUND');
    return ok({
      id: drive._id,
      title: drive.title,
      union: { id: drive.unionId, name: drive.unionName },
      place: drive.place,
      startsAt: drive.startsAt,
      endsAt: drive.endsAt,
      giftCampaign: await giftCampaignOf(ports.store, drive, ports.clock.now()),
    });
  },
});
