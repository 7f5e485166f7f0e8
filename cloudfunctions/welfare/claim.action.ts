import { welfareContracts } from '@core/contracts/welfare.contract';
import { Campaigns } from '../common/collections/campaigns.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { memberRecordOf } from '../common/runtime/consent-gate';
import { claimVoucher } from './claim-voucher';
import { toVoucherView } from './voucher-views';

/**
 * 领取: one pack for the worker at the station they chose. Open to every signed-in worker: who may
 * claim is the campaign's rule (members of its unions, or also workers of some occupation groups),
 * checked in claimVoucher with the worker's membership read here.
 */
export const claimWelfarePack = defineAction({
  contract: welfareContracts.claim,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const [campaign, record] = await Promise.all([ports.store.get(Campaigns, input.campaignId), memberRecordOf(caller, ports.store)]);
    if (!campaign) return fail('WELFARE.CAMPAIGN_NOT_FOUND');
    const now = ports.clock.now();
    const claimed = await claimVoucher(ports, {
      campaign,
      openid: caller.openid,
      stationId: input.stationId,
      record,
      declaredOccupation: input.occupation,
      now,
    });
    if (!claimed.ok) return claimed;
    return ok(toVoucherView(claimed.data, campaign, now));
  },
});
