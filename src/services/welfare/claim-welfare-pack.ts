import type { ClaimInput } from '@core/contracts/welfare.contract';
import { call } from '../call';

/** Claims one pack at a station; the same requestId on a retry returns the same voucher. */
export const claimWelfarePack = (input: ClaimInput, requestId: string) => call('welfare', 'claim', input, { requestId });
