import type { GenerateSlotsInput } from '@core/contracts/health.contract';
import { call } from '../call';

/** Makes a site's slots from days × time ranges × capacity (what exists already is kept). */
export const generateSlots = (input: GenerateSlotsInput, requestId: string) => call('health', 'generateSlots', input, { requestId });
