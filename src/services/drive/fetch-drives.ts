import { call } from '../call';

/** Fetches one page of the drives of the staff member's unions, latest first. */
export const fetchDrives = (cursor?: string) => call('drive', 'list', cursor ? { cursor } : {});
