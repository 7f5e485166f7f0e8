import type { ReportPhoneConflictInput } from '@core/contracts/member-phone.contract';
import { call } from '../call';

/** Asks the union to check a phone number "already used" by another record. */
export const reportPhoneConflict = (input: ReportPhoneConflictInput, requestId: string) =>
  call('member', 'reportPhoneConflict', input, { requestId });
