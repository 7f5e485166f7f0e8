import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { idempotencySweep } from '../common/runtime/idempotency-sweep.job';
import { memberActions } from './actions';
import { membershipEndSweep } from './membership-end-sweep.job';

/**
 * The deployed `member` function: CloudBase calls `main(event, context)` (bundled by
 * scripts/build-functions.mjs), and for its timer triggers (cloudbaserc.json): `idempotencySweep` drops
 * every function's retry answers once they are a day old; `membershipEndSweep` finishes withdrawals
 * whose membership-end hooks did not all run.
 */
export const main = cloudbaseMain('member', memberActions, {
  timers: { [idempotencySweep.name]: idempotencySweep.run, [membershipEndSweep.name]: membershipEndSweep.run },
});
