import { call } from '../call';

/** Fetches the worker's own legal-aid cases, newest first. */
export const fetchMyCases = (cursor?: string) => call('legal', 'myCases', { limit: 20, ...(cursor ? { cursor } : {}) });
