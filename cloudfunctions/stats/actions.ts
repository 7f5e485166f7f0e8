import type { ActionTable } from '../common/runtime/action';
import { showDashboard } from './dashboard.action';
import { exportReport } from './export.action';

export const statsActions: ActionTable<'stats'> = {
  dashboard: showDashboard,
  export: exportReport,
};
