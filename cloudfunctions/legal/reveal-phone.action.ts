import { legalContracts } from '@core/contracts/legal.contract';
import { Audit } from '../common/collections/audit.collection';
import { LegalCases } from '../common/collections/legal-cases.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { caseInScope } from './case-access';

/**
 * The full contact phone, so the handler can call the worker back. Shown masked everywhere else; each
 * reveal leaves an audit record (who, which case, when) — never the number itself.
 */
export const revealPhone = defineAction({
  contract: legalContracts.revealPhone,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const doc = await caseInScope(ports.store, input.caseId, caller);
    if (isFailure(doc)) return doc;
    await ports.store.insert(
      Audit,
      auditRecord(context, {
        action: 'legal.revealPhone',
        union: { id: doc.unionId, path: doc.unionPath },
        target: { collection: LegalCases.name, id: doc._id },
        summary: '查看法律援助当事人的联系电话',
      }),
    );
    return ok({ phone: ports.pii.decrypt(doc.contact.phoneCipher) });
  },
});
