import { welfareContracts } from '@core/contracts/welfare.contract';
import { campaignStatusLabels } from '@core/enums/welfare';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns } from '../common/collections/campaigns.collection';
import { imageUrlOf } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { toAdminView } from './campaign-views';
import { campaignToManage } from './managed-campaign';
import { endWaitlist, serveWaitlistFromStock } from './waitlist';

/**
 * 暂停 / 恢复发放 / 结束. The stock decrement only succeeds on an open campaign, so a pause stops claims
 * at once. Vouchers already out stay valid until their expiry, whatever the status.
 */
export const setCampaignStatus = defineAction({
  contract: welfareContracts.setCampaignStatus,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { ports } = context;
    const found = await campaignToManage(context, input.campaignId);
    if (!found.ok) return found;
    const campaign = found.data;
    const pictureUrl = await imageUrlOf(ports.files, campaign.pictureFileId);
    if (campaign.status === input.status) return ok(toAdminView(campaign, pictureUrl));
    if (campaign.status === 'closed') return fail('WELFARE.CLOSED');

    const now = ports.clock.now();
    const changed = await ports.store.updateWhere(
      Campaigns,
      { _id: campaign._id, status: campaign.status },
      { $set: { status: input.status, updatedAt: now } },
    );
    if (changed === 0) {
      const current = await ports.store.get(Campaigns, campaign._id);
      if (current?.status === 'closed' && input.status !== 'closed') return fail('WELFARE.CLOSED');
      return ok(toAdminView(current ?? campaign, pictureUrl));
    }
    await ports.store.insert(
      Audit,
      auditRecord(context, {
        action: 'welfare.setCampaignStatus',
        union: { id: campaign.unionId, path: campaign.unionPath },
        target: { collection: Campaigns.name, id: campaign._id },
        summary: `礼包活动「${campaign.title}」${campaignStatusLabels[campaign.status]} → ${campaignStatusLabels[input.status]}`,
      }),
    );
    if (input.status === 'open') await serveWaitlistFromStock(ports, campaign._id, now);
    if (input.status === 'closed') await endWaitlist(ports, campaign, now);
    const current = await ports.store.get(Campaigns, campaign._id);
    return ok(toAdminView(current ?? { ...campaign, status: input.status }, pictureUrl));
  },
});
