import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { statsActions } from './actions';
import { exportsSweep } from './exports-sweep.job';

/**
 * The deployed `stats` function: CloudBase calls `main(event, context)` (bundled by
 * scripts/build-functions.mjs), and for its timer trigger `exportsSweep` (cloudbaserc.json), which
 * removes staff exports once their link has expired.
 */
export const main = cloudbaseMain('stats', statsActions, { timers: { [exportsSweep.name]: exportsSweep.run } });
