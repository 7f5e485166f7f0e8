import type { CreatePlanInput } from '@core/contracts/health.contract';
import { call } from '../call';

/** Creates a 体检 plan (admins); the requestId keeps a retried tap from making two. */
export const createHealthPlan = (input: CreatePlanInput, requestId: string) => call('health', 'createPlan', input, { requestId });
