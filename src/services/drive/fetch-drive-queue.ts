import { call } from '../call';

/** Fetches the joins made at a drive that wait for a reviewer, oldest first. */
export const fetchDriveQueue = (driveId: string) => call('drive', 'queue', { driveId });
