import { legalContracts } from '@core/contracts/legal.contract';
import { LegalUploads } from '../common/collections/legal-uploads.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { maxPendingUploads, removeStaleUploads, storeUpload, toUploadedEvidence } from './evidence-uploads';

/**
 * One evidence photo or PDF, checked by the contract (type from its bytes, ≤ 2 MB) before this runs,
 * stored through the Files port and kept aside for the worker: the draft remembers its id, and
 * `submit` or `addEvidence` attach it. Members only, like the service itself.
 */
export const uploadEvidence = defineAction({
  contract: legalContracts.uploadEvidence,
  access: members,
  run: async (input, { caller, ports }) => {
    await removeStaleUploads(ports, caller.openid, ports.clock.now());
    const pending = await ports.store.count(LegalUploads, { owner: caller.openid, caseId: null });
    if (pending >= maxPendingUploads) return fail('LEGAL.TOO_MANY_UPLOADS');
    const upload = await storeUpload(ports, caller.openid, input);
    return ok(toUploadedEvidence(upload));
  },
});
