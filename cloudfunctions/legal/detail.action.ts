import { legalContracts } from '@core/contracts/legal.contract';
import { signedIn } from '../common/runtime/access';
import { defineAction, isFailure, ok } from '../common/runtime/action';
import { ownCase } from './case-access';
import { toWorkerCaseView } from './case-views';

/** The worker's own case: status, story, the whole timeline, evidence behind temporary links. */
export const showMyCase = defineAction({
  contract: legalContracts.detail,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const doc = await ownCase(ports.store, input.caseId, caller.openid);
    if (isFailure(doc)) return doc;
    return ok(await toWorkerCaseView(doc, ports));
  },
});
