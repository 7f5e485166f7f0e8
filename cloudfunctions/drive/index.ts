import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { driveActions } from './actions';

/** The deployed `drive` function: CloudBase calls `main(event, context)` (bundled by scripts/build-functions.mjs). */
export const main = cloudbaseMain('drive', driveActions);
