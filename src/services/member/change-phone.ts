import { call } from '../call';

/** Registers the member's new phone number. */
export const changePhone = (phone: string, requestId: string) => call('member', 'changePhone', { phone }, { requestId });
