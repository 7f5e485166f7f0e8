import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { statsActions } from './actions';

/** The deployed `stats` function: CloudBase calls `main(event, context)` (bundled by scripts/build-functions.mjs). */
export const main = cloudbaseMain('stats', statsActions);
