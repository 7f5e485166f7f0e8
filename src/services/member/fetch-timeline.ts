import { call } from '../call';

/** Fetches everything the worker has with the union, newest first (我的). */
export const fetchTimeline = () => call('member', 'timeline', {});
