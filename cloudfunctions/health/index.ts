import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { healthActions } from './actions';
import { healthSweep } from './sweep.job';

/**
 * The deployed `health` function: CloudBase calls `main(event, context)` for the app's calls and, every
 * hour, for the `healthSweep` timer trigger (cloudbaserc.json): reminders and end-of-day no-shows.
 */
export const main = cloudbaseMain('health', healthActions, { timers: { [healthSweep.name]: healthSweep.run } });
