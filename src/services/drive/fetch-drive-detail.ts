import { call } from '../call';

/** Fetches a drive with its QR code, figures and founded unions. */
export const fetchDriveDetail = (driveId: string) => call('drive', 'detail', { driveId });
