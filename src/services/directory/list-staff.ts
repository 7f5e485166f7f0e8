import { call } from '../call';

/** Fetches a page of staff grants of the admin's subtree (or of `unionId`'s), with the unions they may grant at. */
export const listStaff = (unionId?: string, cursor?: string) =>
  call('directory', 'staff', { ...(unionId ? { unionId } : {}), ...(cursor ? { cursor } : {}) });
