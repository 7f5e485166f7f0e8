import { welfareContracts } from '@core/contracts/welfare.contract';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import { Waitlist, type WaitlistDoc } from '../common/collections/waitlist.collection';
import { isDuplicateId } from '../common/ports/store.port';
import { signedIn } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { memberRecordOf } from '../common/runtime/consent-gate';
import { heldVoucherOf, prepareClaim } from './claim-voucher';
import { stockLeftAt } from './stock';

/**
 * 排队: a sold-out campaign's queue. The place is one document per worker and campaign (a second tap
 * is an insert conflict); the first in line gets the next pack given back or expired, and a message.
 */
export const joinWaitlist = defineAction({
  contract: welfareContracts.joinWaitlist,
  access: signedIn,
  run: async (input, { caller, ports }) => {
    const [campaign, record] = await Promise.all([ports.store.get(Campaigns, input.campaignId), memberRecordOf(caller, ports.store)]);
    if (!campaign) return fail('WELFARE.CAMPAIGN_NOT_FOUND');
    const now = ports.clock.now();
    const attempt = { campaign, openid: caller.openid, stationId: input.stationId, record, declaredOccupation: input.occupation, now };
    const prepared = prepareClaim(attempt);
    if (!prepared.ok) return prepared;
    if (heldVoucherOf(await ports.store.get(Claims, prepared.data.claimId), now)) return fail('WELFARE.ALREADY_CLAIMED');
    if (stockLeftAt(campaign, input.stationId) > 0) return fail('WELFARE.NOT_SOLD_OUT');

    const entry: WaitlistDoc = {
      _id: `${campaign._id}_${caller.openid}`,
      campaignId: campaign._id,
      openid: caller.openid,
      stationId: input.stationId,
      occupation: prepared.data.claimant.occupation,
      state: 'waiting',
      joinedAt: now,
      settledAt: null,
    };
    try {
      await ports.store.insert(Waitlist, entry);
    } catch (error) {
      if (!isDuplicateId(error)) throw error;
      // Served or dropped before (a per-day campaign, a voucher given back): back to the end of the line.
      const { _id, ...fields } = entry;
      const rejoined = await ports.store.updateWhere(Waitlist, { _id, state: { $ne: 'waiting' } }, { $set: fields });
      if (rejoined === 0) return fail('WELFARE.ALREADY_WAITLISTED');
    }
    await ports.store.updateWhere(Campaigns, { _id: campaign._id }, { $inc: { waiting: 1 } });
    const ahead = await ports.store.count(Waitlist, { campaignId: campaign._id, state: 'waiting', joinedAt: { $lt: now } });
    return ok({ position: ahead + 1 });
  },
});
