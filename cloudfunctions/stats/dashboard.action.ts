import { statsContracts } from '@core/contracts/stats.contract';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { dashboardOf } from './dashboard-data';
import { resolveFocus } from './stats-focus';

/** 数据看板 of the caller's subtree (or one union in it), read from counters only. */
export const showDashboard = defineAction({
  contract: statsContracts.dashboard,
  access: staffWith('reviewer', 'operator'),
  run: async (input, { caller, ports }) => {
    const focus = await resolveFocus(ports.store, caller.scope, input.unionId);
    if ('ok' in focus) return focus;
    return ok(await dashboardOf(ports.store, focus, ports.clock.now()));
  },
});
