import { legalContracts } from '@core/contracts/legal.contract';
import { Audit } from '../common/collections/audit.collection';
import { LegalSettings } from '../common/collections/legal-settings.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction } from '../common/runtime/transaction';
import { unionInScope } from '../common/runtime/union-in-scope';
import { settingsViewOf } from './legal-settings-view';

/**
 * An admin sets their union's answer commitment (1–10 working days); unions below without their own
 * inherit it. Cases already submitted keep the deadline they were given.
 */
export const saveSettings = defineAction({
  contract: legalContracts.saveSettings,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;
    const now = ports.clock.now();
    await inTransaction(ports.store, async (tx) => {
      const fields = { unionPath: union.path, answerWorkingDays: input.answerWorkingDays, updatedBy: caller.openid, updatedAt: now };
      if (await tx.get(LegalSettings, union._id)) await tx.update(LegalSettings, union._id, { $set: fields });
      else await tx.insert(LegalSettings, { _id: union._id, ...fields });
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'legal.saveSettings',
          union: { id: union._id, path: union.path },
          target: { collection: LegalSettings.name, id: union._id },
          summary: `法律援助答复时限设为${input.answerWorkingDays}个工作日`,
        }),
      );
    });
    return ok(await settingsViewOf(ports.store, union));
  },
});
