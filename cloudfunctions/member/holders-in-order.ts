import { personalDataHolders } from '../common/personal-data/holders';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import { platformRecordsHolder } from '../common/personal-data/platform-records.holder';
import { memberHolder } from './member.holder';

/** The export reads like the list: each feature's section, then notifications and the union's records. */
export const holdersForExport = (): readonly PersonalDataHolder[] => [...personalDataHolders, platformRecordsHolder];

/**
 * Erasure order: every other feature first (closing an open matter may still read the membership),
 * the membership next, and the runtime's records last, since erasing the others may write some (an
 * audit entry for a case closed as withdrawn).
 */
export const holdersForErasure = (): readonly PersonalDataHolder[] => [
  ...personalDataHolders.filter((holder) => holder !== memberHolder),
  memberHolder,
  platformRecordsHolder,
];
