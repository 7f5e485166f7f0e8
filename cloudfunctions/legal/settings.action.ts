import { legalContracts } from '@core/contracts/legal.contract';
import { Unions } from '../common/collections/unions.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { settingsViewOf } from './legal-settings-view';

/** How many working days a union has to answer a request, for the admins who set it. */
export const showSettings = defineAction({
  contract: legalContracts.settings,
  access: staffWith('admin'),
  run: async (input, { caller, ports }) => {
    const union = await ports.store.get(Unions, input.unionId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '请重新选择工会' } });
    if (!caller.scope?.covers(union.path)) return fail('AUTH.FORBIDDEN');
    return ok(await settingsViewOf(ports.store, union));
  },
});
