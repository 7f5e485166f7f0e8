import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Claims, type ClaimDoc } from '../common/collections/claims.collection';
import { fail } from '../common/runtime/action';
import type { Ports } from '../common/runtime/ports';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { returnUnit } from './stock';
import { handOverToWaiter } from './waitlist';
import { countWelfare } from './welfare-counters';

export type EndReason = 'expired' | 'cancelled';

/**
 * Ends an active voucher — given back by the worker, or expired — and passes its pack on: to the first
 * worker waiting, or back to the stock. The voucher changes first (in a transaction with its counter,
 * and only if it is still active, so a redemption racing it wins or loses cleanly); the stock after.
 * A crash in between leaves a pack nobody holds, which the sweep returns; never a pack held twice.
 *
 * Returns the ended voucher, or null when it was no longer active (or, for `expired`, not yet due).
 */
export const endVoucher = async (
  ports: Pick<Ports, 'store' | 'notifier'>,
  claimId: string,
  reason: EndReason,
  now: number,
  options: { campaign?: CampaignDoc; skipQueue?: boolean } = {},
): Promise<ClaimDoc | null> => {
  const ended = await inTransaction(ports.store, async (tx, abort: Abort<'WELFARE.NOT_CANCELLABLE'>) => {
    const current = await tx.get(Claims, claimId);
    if (!current || current.status !== 'active' || (reason === 'expired' && current.expiresAt > now)) {
      return abort(fail('WELFARE.NOT_CANCELLABLE'));
    }
    await tx.update(Claims, claimId, { $set: { status: reason, endedAt: now, updatedAt: now } });
    await countWelfare(tx, current, reason, now);
    return { ...current, status: reason, endedAt: now, updatedAt: now };
  });
  if (!ended.ok) return null;
  await passOnUnit(ports, ended.data, reason, now, options);
  return ended.data;
};

/** `skipQueue`: straight back to the stock (the sweep serves anyone waiting from there). */
const passOnUnit = async (
  ports: Pick<Ports, 'store' | 'notifier'>,
  voucher: ClaimDoc,
  reason: EndReason,
  now: number,
  options: { campaign?: CampaignDoc; skipQueue?: boolean },
) => {
  const campaign = options.campaign ?? (await ports.store.get(Campaigns, voucher.campaignId));
  if (!campaign) return;
  if (!options.skipQueue && campaign.waiting > 0 && (await handOverToWaiter(ports, campaign, voucher, reason, now))) return;
  await returnUnit(ports.store, campaign, voucher, reason, now);
};
