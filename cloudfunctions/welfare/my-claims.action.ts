import { welfareContracts } from '@core/contracts/welfare.contract';
import { voucherStatusAt } from '@core/rules/welfare';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims, type ClaimDoc } from '../common/collections/claims.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { endVoucher } from './end-voucher';
import { toVoucherView } from './voucher-views';

/**
 * 我的礼包券, newest first, with their campaigns in one read. A voucher found overdue here is expired on
 * the spot (its pack returns to the stock now, not at the next sweep).
 */
export const listMyClaims = defineAction({
  contract: welfareContracts.myClaims,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const now = ports.clock.now();
    const page = await ports.store.find(Claims, {
      where: { openid: caller.openid },
      orderBy: [['claimedAt', 'desc']],
      limit: 20,
      cursor: input.cursor ?? null,
    });
    const campaignIds = [...new Set(page.items.map((claim) => claim.campaignId))];
    const campaigns = campaignIds.length
      ? new Map((await ports.store.find(Campaigns, { where: { _id: { $in: campaignIds } }, limit: 100 })).items.map((c) => [c._id, c]))
      : new Map();

    const vouchers: ClaimDoc[] = [];
    for (const claim of page.items) {
      const overdue = claim.status === 'active' && voucherStatusAt(claim.status, claim.expiresAt, now) === 'expired';
      vouchers.push(overdue ? ((await endVoucher(ports, claim._id, 'expired', now)) ?? claim) : claim);
    }
    // A pending voucher is a claim still taking its pack (or one that died doing so): not a voucher yet.
    const items = vouchers
      .filter((claim) => claim.status !== 'pending' && campaigns.has(claim.campaignId)).map((claim) => toVoucherView(claim, campaigns.get(claim.campaignId)!, now));
    return ok({ items, nextCursor: page.nextCursor });
  },
});
