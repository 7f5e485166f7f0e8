import { welfareContracts } from '@core/contracts/welfare.contract';
import { formatVoucherCode } from '@core/rules/voucher-code';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Claims } from '../common/collections/claims.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { mayHandOutAt, pickupStationsOf } from './campaign-scope';
import { voucherByCode } from './voucher-by-code';
import { redeemProblemOf, toVoucherLookup } from './voucher-views';
import { countWelfare } from './welfare-counters';

type RedeemFailure = NonNullable<ReturnType<typeof redeemProblemOf>>;

/**
 * 核销: staff of the campaign's unions hand the pack out at one of its stations, in the pick-up window,
 * once. The voucher, the campaign's tallies, the counter and the audit record change in one
 * transaction that re-checks the voucher inside, so two scans at once redeem it once. The worker is
 * told after it lands. The audit names the voucher by its code, not its id (which holds the openid).
 */
export const redeemVoucher = defineAction({
  contract: welfareContracts.redeem,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const found = await voucherByCode(context, input.code);
    if (!found.ok) return found;
    const { claim, campaign } = found.data;
    if (!pickupStationsOf(campaign, claim.stationId).includes(input.stationId)) {
      return fail('WELFARE.WRONG_STATION', { fields: { stationId: `请到${campaign.stations[claim.stationId]?.name ?? '领券时选的驿站'}领取` } });
    }
    if (!mayHandOutAt(caller.scope, campaign, input.stationId)) return fail('AUTH.FORBIDDEN');
    const now = ports.clock.now();
    const problem = redeemProblemOf(claim, campaign, now);
    if (problem) return fail(problem);

    const station = campaign.stations[input.stationId];
    const redeemed = await inTransaction(ports.store, async (tx, abort: Abort<RedeemFailure>) => {
      const current = await tx.get(Claims, claim._id);
      // Given back and claimed anew since the lookup: the code in hand is no longer this voucher's.
      if (!current || current.code !== claim.code || current.status === 'pending') return abort(fail('WELFARE.VOUCHER_CANCELLED'));
      const again = redeemProblemOf(current, campaign, now);
      if (again) return abort(fail(again));
      const change = { status: 'redeemed' as const, redeemedAt: now, redeemedBy: caller.openid, redeemedStationId: input.stationId, updatedAt: now };
      await tx.update(Claims, claim._id, { $set: change });
      await tx.update(Campaigns, campaign._id, {
        $inc: { redeemed: 1, [`stations.${input.stationId}.redeemed`]: 1, [`byOccupation.${current.occupation}.redeemed`]: 1 },
      });
      await countWelfare(tx, current, 'redeemed', now);
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'welfare.redeem',
          union: { id: station.unionId, path: station.unionPath },
          target: { collection: Claims.name, id: claim.code },
          summary: `核销礼包券 ${formatVoucherCode(claim.code)}（${campaign.title}，${station.name}）`,
        }),
      );
      return { ...current, ...change };
    });
    if (!redeemed.ok) return redeemed;

    await ports.notifier.notify(
      claim.openid,
      'welfareRedeemed',
      { campaign: campaign.title, station: station.name, result: '礼包已领取' },
      'packages/welfare/vouchers',
    );
    const here = pickupStationsOf(campaign, claim.stationId).filter((id) => mayHandOutAt(caller.scope, campaign, id));
    return ok(toVoucherLookup(redeemed.data, campaign, here, now));
  },
});
