import { call } from '../call';

/** Fetches the drive a worker scanned into: its title and the union it enrolls into. */
export const fetchDriveEntry = (driveId: string) => call('drive', 'entry', { driveId });
