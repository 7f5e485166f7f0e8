import type { SignInResult } from '@core/contracts/drive.contract';
import { newRequestId } from '../../services/request-id';
import { readStored, writeStored } from '../../utils/storage';

/**
 * What this phone remembers of a drive: the requestId of its sign-in (kept across retries on a weak
 * network, so a repeated tap signs in once) and, once done, the answer — so reopening the QR link
 * shows 已签到 without asking again.
 */
interface DriveSigninMemory {
  requestId: string;
  result: SignInResult | null;
}

const keyOf = (driveId: string) => `nuanxin.driveSignin.${driveId}`;

export const recallDriveSignin = (driveId: string): DriveSigninMemory => {
  const stored = readStored<DriveSigninMemory>(keyOf(driveId));
  return stored?.requestId ? stored : { requestId: newRequestId(), result: null };
};

export const rememberDriveSignin = (driveId: string, memory: DriveSigninMemory): void => writeStored(keyOf(driveId), memory);
