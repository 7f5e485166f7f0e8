import { call } from '../call';

/** Looks a member of the staff's unions up by member number, with the unions they could move to. */
export const findMember = (memberNo: string) => call('member', 'findMember', { memberNo });
