import { welfareContracts } from '@core/contracts/welfare.contract';
import { voucherStatusAt } from '@core/rules/welfare';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { endVoucher } from './end-voucher';
import { toVoucherView } from './voucher-views';

/** 不要了: the worker gives an unredeemed voucher back; its pack goes to the first in line or the stock. */
export const cancelClaim = defineAction({
  contract: welfareContracts.cancelClaim,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const claim = await ports.store.get(Claims, input.voucherId);
    // Someone else's voucher is "not found": its id must not confirm that it exists.
    if (!claim || claim.openid !== caller.openid) return fail('WELFARE.VOUCHER_NOT_FOUND');
    const now = ports.clock.now();
    if (voucherStatusAt(claim.status, claim.expiresAt, now) !== 'active') return fail('WELFARE.NOT_CANCELLABLE');
    const campaign = await ports.store.get(Campaigns, claim.campaignId);
    if (!campaign) return fail('WELFARE.VOUCHER_NOT_FOUND');
    const ended = await endVoucher(ports, claim._id, 'cancelled', now, { campaign });
    if (!ended) return fail('WELFARE.NOT_CANCELLABLE');
    return ok(toVoucherView(ended, campaign, now));
  },
});
