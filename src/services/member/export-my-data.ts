import { call } from '../call';

/** Fetches everything stored about the worker, their own ID number and phone in full. */
export const exportMyData = () => call('member', 'exportMine', {});
