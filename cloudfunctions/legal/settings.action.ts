import { legalContracts } from '@core/contracts/legal.contract';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { unionInScope } from '../common/runtime/union-in-scope';
import { settingsViewOf } from './legal-settings-view';

/** How many working days a union has to answer a request, for the admins who set it. */
export const showSettings = defineAction({
  contract: legalContracts.settings,
  access: staffWith('admin'),
  run: async (input, { caller, ports }) => {
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;
    return ok(await settingsViewOf(ports.store, union));
  },
});
