import type { StationInput } from '@core/contracts/station.schemas';
import { call } from '../call';

/** Adds a 驿站 (no `id`) or saves changes to one; admins only. */
export const saveStation = (input: StationInput, requestId: string) => call('directory', 'upsertStation', input, { requestId });
