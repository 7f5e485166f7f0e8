import type { FoundUnionInput } from '@core/contracts/drive.contract';
import { call } from '../call';

/** Records a union founded at the drive (建会). */
export const foundUnion = (input: FoundUnionInput, requestId: string) => call('drive', 'foundUnion', input, { requestId });
