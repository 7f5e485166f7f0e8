import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { welfareActions } from './actions';
import { welfareSweep } from './sweep.job';

/**
 * The deployed `welfare` function: CloudBase calls `main(event, context)` for the app's calls, and for
 * the timer trigger `welfareSweep` (cloudbaserc.json), which expires overdue vouchers.
 */
export const main = cloudbaseMain('welfare', welfareActions, { timers: { [welfareSweep.name]: welfareSweep.run } });
