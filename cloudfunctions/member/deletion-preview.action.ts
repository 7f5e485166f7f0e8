import { memberContracts } from '@core/contracts/member.contract';
import { errorMessageOf } from '@core/errors';
import { Staff } from '../common/collections/staff.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { holdersForErasure, holdersForExport } from './holders-in-order';
import { holdsNothing } from './holds-nothing';

/** Said before 删除我的信息 is confirmed: what is held, what will be closed on the way, or why it cannot be done. */
export const previewDeletion = defineAction({
  contract: memberContracts.deletionPreview,
  access: signedIn,
  run: async (_input, { caller, ports }) => {
    const grants = await ports.store.count(Staff, { openid: caller.openid });
    const held = await Promise.all(
      holdersForExport().map(async (holder) => (holdsNothing(await holder.exportFor(caller.openid, ports)) ? [] : [holder.label])),
    );
    const warnings = await Promise.all(holdersForErasure().map((holder) => holder.erasureWarningsFor?.(caller.openid, ports) ?? []));
    return ok({
      holds: held.flat(),
      warnings: warnings.flat(),
      blocked: grants > 0 ? errorMessageOf('MEMBER.STAFF_CANNOT_ERASE') : null,
    });
  },
});
