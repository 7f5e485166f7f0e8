import { call } from '../call';

/** Fetches what deleting the worker's data would do, to show before they confirm. */
export const fetchDeletionPreview = () => call('member', 'deletionPreview', {});
