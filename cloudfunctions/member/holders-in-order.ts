import { personalDataHolders } from '../common/personal-data/holders';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import { platformRecordsHolder } from '../common/personal-data/platform-records.holder';
import { staffExportsHolder } from '../stats/personal-data';
import { memberHolder } from './member.holder';

/** The export reads like the list: each feature's section, then notifications and the union's records. */
export const holdersForExport = (): readonly PersonalDataHolder[] => [...personalDataHolders, platformRecordsHolder];

/**
 * Erasure order: every other feature first (closing an open matter may still read the membership),
 * the membership next, then the staff exports still in storage (after the membership, so an export
 * made in between is removed too), and the runtime's records last, since erasing the others may write
 * some (an audit entry for a case closed as withdrawn).
 */
export const holdersForErasure = (): readonly PersonalDataHolder[] => [
  ...personalDataHolders.filter((holder) => holder !== memberHolder && holder !== staffExportsHolder),
  memberHolder,
  staffExportsHolder,
  platformRecordsHolder,
];
