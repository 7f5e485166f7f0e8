import { welfareContracts } from '@core/contracts/welfare.contract';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns } from '../common/collections/campaigns.collection';
import { imageUrlOf } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { campaignToManage } from './managed-campaign';
import { toAdminView } from './campaign-views';
import { addUnits } from './stock';
import { serveWaitlistFromStock } from './waitlist';

/** 补充库存: more packs for the pool or one station; anyone waiting is served from them first. */
export const topUpCampaign = defineAction({
  contract: welfareContracts.topUpCampaign,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { ports } = context;
    const found = await campaignToManage(context, input.campaignId);
    if (!found.ok) return found;
    const campaign = found.data;
    if (campaign.status === 'closed') return fail('WELFARE.CLOSED');
    const perStation = campaign.stockMode === 'perStation';
    if (perStation && !input.stationId) return fail('WELFARE.STATION_NEEDED', { fields: { stationId: '请选择驿站' } });
    if (input.stationId && !campaign.stations[input.stationId]) {
      return fail('WELFARE.STATION_NOT_IN_CAMPAIGN', { fields: { stationId: '这个驿站不发放这个礼包' } });
    }

    const now = ports.clock.now();
    const added = await addUnits(ports.store, campaign, perStation ? (input.stationId ?? null) : null, input.amount, now);
    if (added === 0) return fail('WELFARE.CLOSED');
    const where = perStation && input.stationId ? `给${campaign.stations[input.stationId].name}` : '';
    await ports.store.insert(
      Audit,
      auditRecord(context, {
        action: 'welfare.topUpCampaign',
        union: { id: campaign.unionId, path: campaign.unionPath },
        target: { collection: Campaigns.name, id: campaign._id },
        summary: `${where}补充礼包${input.amount}份`,
      }),
    );
    await serveWaitlistFromStock(ports, campaign._id, now);

    const current = await ports.store.get(Campaigns, campaign._id);
    return ok(toAdminView(current ?? campaign, await imageUrlOf(ports.files, campaign.pictureFileId)));
  },
});
