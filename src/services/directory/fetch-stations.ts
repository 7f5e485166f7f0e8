import { call } from '../call';

/** Fetches one page of open 驿站 by name (for a worker who has not shared a location). */
export const fetchStations = (cursor?: string) => call('directory', 'stations', cursor ? { cursor } : {});
