import { legalContracts } from '@core/contracts/legal.contract';
import { staffWith } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { caseInScope } from './case-access';
import { toStaffCaseView } from './case-views';
import { staffActorOn } from './legal-actors';

/** A case as its union's staff see it: the story, masked contact, evidence links, what may be done next. */
export const showCaseFile = defineAction({
  contract: legalContracts.caseFile,
  access: staffWith('operator'),
  run: async (input, { caller, ports }) => {
    const doc = await caseInScope(ports.store, input.caseId, caller);
    if (isFailure(doc)) return doc;
    const viewer = await staffActorOn(ports.store, caller.openid, doc.unionPath, undefined);
    return ok(await toStaffCaseView(doc, ports, ports.clock.now(), viewer));
  },
});
