import type { DriveDetail, DriveFigures, DriveListItem, GiftCampaign } from '@core/contracts/drive.contract';
import { driveEntryH5PathOf } from '@core/rules/drive-entry';
import type { CounterDoc } from '../common/collections/counters.collection';
import type { DriveDoc } from '../common/collections/drives.collection';
import { figureOf } from '../common/counters/drive-counters';

export const figuresOf = (board: CounterDoc | null, pending: number): DriveFigures => ({
  signedIn: figureOf(board, 'signedIn'),
  approved: figureOf(board, 'approved'),
  pending,
  foundedUnions: figureOf(board, 'founded'),
});

export const toDriveListItem = (drive: DriveDoc, board: CounterDoc | null): DriveListItem => {
  const { pending: _pending, ...figures } = figuresOf(board, 0);
  return {
    id: drive._id,
    title: drive.title,
    kinds: drive.kinds,
    union: { id: drive.unionId, name: drive.unionName },
    place: drive.place,
    startsAt: drive.startsAt,
    endsAt: drive.endsAt,
    figures,
  };
};

export const toDriveDetail = (
  drive: DriveDoc,
  board: CounterDoc | null,
  pending: number,
  qrCodeUrl: string | null,
  foundingParents: DriveDetail['foundingParents'],
  giftCampaign: GiftCampaign | null,
): DriveDetail => ({
  ...toDriveListItem(drive, board),
  figures: figuresOf(board, pending),
  location: drive.location,
  audience: drive.audience,
  welfareCampaignId: drive.welfareCampaignId,
  giftCampaign,
  notes: drive.notes,
  foundedUnions: drive.foundedUnions,
  foundingParents,
  entryPath: driveEntryH5PathOf(drive._id),
  qrCodeUrl,
  createdAt: drive.createdAt,
});
