import { driveEntryH5PathOf, driveEntryPage } from '@core/rules/drive-entry';
import { Drives, type DriveDoc } from '../common/collections/drives.collection';
import type { Ports } from '../common/runtime/ports';

/**
 * Makes the drive's QR code and stores it (Files port), returning its fileId — or null when the code
 * service failed: the drive stands without it, the detail page shows the link and tries again later.
 */
export const makeDriveCode = async (ports: Pick<Ports, 'codes' | 'files' | 'logger'>, driveId: string): Promise<string | null> => {
  try {
    const image = await ports.codes.imageOf({ page: driveEntryPage, scene: driveId, h5Path: driveEntryH5PathOf(driveId) });
    return await ports.files.put('drive-codes', image);
  } catch (error) {
    ports.logger.error('drive QR code could not be made', { driveId, error: error instanceof Error ? error.message : String(error) });
    return null;
  }
};

/** The QR code's temporary URL, making the code first if an earlier attempt failed. */
export const driveCodeUrl = async (ports: Ports, drive: DriveDoc): Promise<string | null> => {
  let fileId = drive.qrFileId;
  if (!fileId) {
    fileId = await makeDriveCode(ports, drive._id);
    if (!fileId) return null;
    await ports.store.update(Drives, drive._id, { $set: { qrFileId: fileId } });
  }
  return ports.files.url(fileId);
};
