import { cloudbaseMain } from '../common/composition/cloudbase.composition';
import { memberActions } from './actions';

/** The deployed `member` function: CloudBase calls `main(event, context)` (bundled by scripts/build-functions.mjs). */
export const main = cloudbaseMain('member', memberActions);
