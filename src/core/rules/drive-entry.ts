/**
 * Where a drive's QR code leads: the drive's landing page, with the drive id as the mini-program
 * code's `scene` (WeChat passes it to the page as `scene`) or as `?drive=` in the H5 link.
 */
export const driveEntryPage = 'packages/drive/index';

export const driveEntryH5PathOf = (driveId: string): string => `/#/${driveEntryPage}?drive=${encodeURIComponent(driveId)}`;

/** The drive id a page was opened with: `?drive=` (H5, links) or the code's URL-encoded `scene`. */
export const driveIdFromParams = (params: Partial<Record<string, string>>): string | null => {
  if (params.drive) return params.drive;
  if (params.scene) return decodeURIComponent(params.scene);
  return null;
};
