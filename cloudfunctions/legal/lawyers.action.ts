import { legalContracts } from '@core/contracts/legal.contract';
import type { LawyerView } from '@core/contracts/legal-views';
import { LegalLawyers, type LegalLawyerDoc } from '../common/collections/legal-lawyers.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { caseInScope } from './case-access';

export const toLawyerView = (doc: LegalLawyerDoc): LawyerView => ({
  id: doc._id,
  name: doc.name,
  firm: doc.firm,
  phoneMasked: doc.phoneMasked,
  union: { id: doc.unionId, name: doc.unionName },
  active: doc.active,
});

/** `/root/a/b/` → `/root/`, `/root/a/`, `/root/a/b/`: the case's union and every union above it. */
const pathsUpTo = (unionPath: string): string[] => {
  const ids = unionPath.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
};

/**
 * 合作律师. With a case: the active lawyers recorded at its union or above, whom it may be assigned to.
 * Without: every lawyer recorded in the caller's unions, for the admins who keep the list.
 */
export const listLawyers = defineAction({
  contract: legalContracts.lawyers,
  access: staffWith('operator'),
  run: async (input, { caller, ports }) => {
    if (input.caseId) {
      const doc = await caseInScope(ports.store, input.caseId, caller);
      if (isFailure(doc)) return doc;
      const found = await ports.store.find(LegalLawyers, {
        where: { unionPath: { $in: pathsUpTo(doc.unionPath) }, active: true },
        orderBy: [['name', 'asc']],
        limit: 100,
      });
      return ok({ items: found.items.map(toLawyerView) });
    }
    const pages = await Promise.all(
      (caller.scope?.unionPaths ?? []).map((unionPath) =>
        ports.store.find(LegalLawyers, { where: { unionPath: { $prefix: unionPath } }, orderBy: [['name', 'asc']], limit: 100 }),
      ),
    );
    return ok({ items: pages.flatMap((page) => page.items).map(toLawyerView) });
  },
});
