import type { ActionCase } from './define';
import { directoryCases } from './directory.cases';
import { driveCases } from './drive.cases';
import { healthCases } from './health.cases';
import { legalCases } from './legal.cases';
import { memberCases } from './member.cases';
import { statsCases } from './stats.cases';
import { stationCases } from './stations.cases';
import { staffAdminCases } from './staff-admin.cases';
import { welfareCases } from './welfare.cases';

export { deniedCodes, type ActionCase, type Expectation } from './define';

/**
 * Every action's line, for the authorization matrix and the malformed-input suite; a test fails when
 * an action in src/core/contracts has none. A new domain adds its `*.cases.ts` and one line here.
 */
export const actionCases: ActionCase[] = [...memberCases, ...directoryCases, ...driveCases, ...healthCases, ...statsCases, ...legalCases, ...welfareCases, ...stationCases, ...staffAdminCases];
