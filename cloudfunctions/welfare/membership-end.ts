import { voucherStatusAt } from '@core/rules/welfare';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import { Members } from '../common/collections/members.collection';
import type { MembershipEndHook } from '../common/membership/membership-end.port';
import { claimantOf } from './eligibility';
import { endVoucher } from './end-voucher';

/**
 * 退会 gives back every voucher not yet picked up that the worker got only by being a member: a
 * members-only campaign, or one whose occupation groups do not include theirs (they were in its
 * union's subtree). The test is the claim rule itself, asked again with the membership ended; a voucher
 * claimed before joining is left alone. Each goes through `endVoucher`, as 不要了 (cancelClaim) does:
 * the voucher ends with its counter, its pack goes to the first in line or back to the stock. Picked-up
 * vouchers stay; one already overdue is the sweep's to expire.
 */
export const welfareMembershipEnd: MembershipEndHook = {
  label: '礼包券',

  release: async (openid, ports) => {
    const { store } = ports;
    const now = ports.clock.now();
    const [vouchers, record] = await Promise.all([
      store.find(Claims, { where: { openid, status: 'active' }, orderBy: [['claimedAt', 'desc']], limit: 100 }),
      store.get(Members, openid),
    ]);
    const notices: string[] = [];
    for (const voucher of vouchers.items) {
      if (!voucher.isMember || voucherStatusAt(voucher.status, voucher.expiresAt, now) !== 'active') continue;
      const campaign = await store.get(Campaigns, voucher.campaignId);
      if (!campaign || claimantOf(campaign, record, voucher.occupation).ok) continue;
      const ended = await endVoucher(ports, voucher._id, 'cancelled', now, { campaign });
      if (ended) notices.push(`“${campaign.title}”的礼包券已作废（这个礼包只发给会员），礼包已留给其他工友`);
    }
    return { released: notices.length, notices };
  },
};
