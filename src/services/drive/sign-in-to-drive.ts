import type { Occupation } from '@core/enums/occupation';
import { call } from '../call';

/** Signs the worker in to the drive they scanned (once per drive; a repeat answers the first). */
export const signInToDrive = (driveId: string, occupation: Occupation, requestId: string) =>
  call('drive', 'signIn', { driveId, occupation }, { requestId });
