import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { legalActions } from './actions';

/** The deployed `legal` function: CloudBase calls `main(event, context)` (bundled by scripts/build-functions.mjs). */
export const main = cloudbaseMain('legal', legalActions);
