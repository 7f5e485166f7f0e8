import { call } from '../call';

/** Searches the grassroots unions a worker may join, by part of a name or an area. */
export const searchUnions = (keyword?: string, cursor?: string) =>
  call('directory', 'unions', { ...(keyword ? { keyword } : {}), ...(cursor ? { cursor } : {}) });
