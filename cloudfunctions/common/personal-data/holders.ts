import { staffGrantsHolder } from '../../directory/personal-data';
import { driveSigninsHolder } from '../../drive/personal-data';
import { healthPersonalData } from '../../health/personal-data';
import { legalPersonalData } from '../../legal/personal-data';
import { memberHolder } from '../../member/member.holder';
import { staffExportsHolder } from '../../stats/personal-data';
import type { PersonalDataHolder } from './personal-data.port';
import { welfareHolder } from '../../welfare/personal-data';

/**
 * Every feature's holder of personal data, one line each. `member.exportMine` / `member.deleteMine`
 * walk this list; a feature storing anything about a worker (claims, cases, bookings, sign-ins, files)
 * must add its holder here in the same change that adds the collection.
 */
export const personalDataHolders: readonly PersonalDataHolder[] = [
  memberHolder,
  driveSigninsHolder,
  healthPersonalData,
  legalPersonalData,
  welfareHolder,
  staffExportsHolder,
  staffGrantsHolder,
];
