import { call } from '../call';

/** Fetches the big-screen figures of a drive. */
export const fetchDriveBoard = (driveId: string) => call('drive', 'board', { driveId });
