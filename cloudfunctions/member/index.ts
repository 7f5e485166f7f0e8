import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { idempotencySweep } from '../common/runtime/idempotency-sweep.job';
import { memberActions } from './actions';

/**
 * The deployed `member` function: CloudBase calls `main(event, context)` (bundled by
 * scripts/build-functions.mjs), and for the timer trigger `idempotencySweep` (cloudbaserc.json), which
 * drops every function's retry answers once they are a day old.
 */
export const main = cloudbaseMain('member', memberActions, { timers: { [idempotencySweep.name]: idempotencySweep.run } });
