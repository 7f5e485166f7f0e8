import type { CreateDriveInput } from '@core/contracts/drive.contract';
import { call } from '../call';

/** Creates a drive (and its QR code); the requestId makes a repeated tap create one. */
export const createDrive = (input: CreateDriveInput, requestId: string) => call('drive', 'create', input, { requestId });
