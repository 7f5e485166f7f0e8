import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { directoryActions } from './actions';

/** The deployed `directory` function: CloudBase calls `main(event, context)` (bundled by scripts/build-functions.mjs). */
export const main = cloudbaseMain('directory', directoryActions);
