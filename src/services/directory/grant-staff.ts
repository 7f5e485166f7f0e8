import type { GrantStaffInput } from '@core/contracts/staff-admin.schemas';
import { call } from '../call';

/** Gives, changes or takes away (`roles: []`) a person's roles at a union; admins only. */
export const grantStaff = (input: GrantStaffInput, requestId: string) => call('directory', 'grantStaff', input, { requestId });
