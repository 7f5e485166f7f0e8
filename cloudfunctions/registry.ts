import type { FunctionName } from '@core/contracts';
import type { ActionRegistry } from './common/runtime/router';
import { directoryActions } from './directory/actions';
import { driveActions } from './drive/actions';
import { healthActions } from './health/actions';
import { legalActions } from './legal/actions';
import { memberActions } from './member/actions';
import { statsActions } from './stats/actions';
import { welfareActions } from './welfare/actions';

/**
 * Every function's actions, for the local host and the tests; each deployed function's index.ts
 * serves only its own table.
 */
export const functionRegistry: Record<FunctionName, ActionRegistry> = {
  member: memberActions,
  directory: directoryActions,
  drive: driveActions,
  health: healthActions,
  stats: statsActions,
  legal: legalActions,
  welfare: welfareActions,
};
