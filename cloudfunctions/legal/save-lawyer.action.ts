import { randomUUID } from 'node:crypto';
import { legalContracts } from '@core/contracts/legal.contract';
import { maskPhone } from '@core/rules/mask';
import { Audit } from '../common/collections/audit.collection';
import { LegalLawyers, type LegalLawyerDoc } from '../common/collections/legal-lawyers.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction } from '../common/runtime/transaction';
import { unionInScope } from '../common/runtime/union-in-scope';
import { toLawyerView } from './lawyers.action';

/** An admin records (or updates, or retires with `active: false`) a partner lawyer for a union they administer. */
export const saveLawyer = defineAction({
  contract: legalContracts.saveLawyer,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;
    const previous = input.lawyerId ? await ports.store.get(LegalLawyers, input.lawyerId) : null;
    if (input.lawyerId && !previous) return fail('LEGAL.LAWYER_NOT_FOUND');
    if (previous && !caller.scope?.covers(previous.unionPath)) return fail('AUTH.FORBIDDEN');

    const now = ports.clock.now();
    const lawyer: LegalLawyerDoc = {
      _id: previous?._id ?? randomUUID(),
      unionId: union._id,
      unionPath: union.path,
      unionName: union.name,
      name: input.name,
      firm: input.firm,
      phoneCipher: input.phone ? ports.pii.encrypt(input.phone) : previous!.phoneCipher,
      phoneMasked: input.phone ? maskPhone(input.phone) : previous!.phoneMasked,
      active: input.active,
      recordedBy: previous?.recordedBy ?? caller.openid,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await inTransaction(ports.store, async (tx) => {
      if (previous) {
        const { _id, ...fields } = lawyer;
        await tx.update(LegalLawyers, _id, { $set: fields });
      } else {
        await tx.insert(LegalLawyers, lawyer);
      }
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'legal.saveLawyer',
          union: { id: union._id, path: union.path },
          target: { collection: LegalLawyers.name, id: lawyer._id },
          summary: `${previous ? '更新' : '登记'}合作律师：${lawyer.name}（${lawyer.firm}）${lawyer.active ? '' : '，已停用'}`,
        }),
      );
    });
    return ok(toLawyerView(lawyer));
  },
});
