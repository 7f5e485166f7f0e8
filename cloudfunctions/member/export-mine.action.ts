import { memberContracts } from '@core/contracts/member.contract';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { holdersForExport } from './holders-in-order';
import { holdsNothing } from './holds-nothing';

/**
 * 导出我的信息: everything stored about the caller, feature by feature, readable, with their own ID
 * number and phone in full — for them alone (a query: nothing of it is stored or logged on the way).
 */
export const exportMine = defineAction({
  contract: memberContracts.exportMine,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    const holders = holdersForExport();
    const data = await Promise.all(holders.map((holder) => holder.exportFor(caller.openid, ports)));
    const sections = holders.flatMap((holder, i) => (holdsNothing(data[i]) ? [] : [{ key: `section-${i}`, label: holder.label, data: data[i] }]));
    return ok({ generatedAt: ports.clock.now(), sections });
  },
});
