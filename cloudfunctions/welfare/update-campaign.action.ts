import { campaignTimingIssues, welfareContracts } from '@core/contracts/welfare.contract';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { imageUrlOf, storeImage } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { toAdminView } from './campaign-views';
import { campaignToManage } from './managed-campaign';

/**
 * Edits a running campaign: texts, picture, who may claim, the windows and how long a voucher lasts.
 * Stock and stations change only by topping up, so vouchers already out keep their meaning; vouchers
 * already claimed keep the expiry they were given.
 */
export const updateCampaign = defineAction({
  contract: welfareContracts.updateCampaign,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { ports } = context;
    const found = await campaignToManage(context, input.campaignId);
    if (!found.ok) return found;
    const campaign = found.data;
    if (campaign.status === 'closed') return fail('WELFARE.CLOSED');

    const { campaignId, picture, ...changes } = input;
    const merged = { ...campaign, ...changes };
    const issues = campaignTimingIssues(merged);
    if (issues.length > 0) return fail('INPUT.INVALID', { fields: Object.fromEntries(issues.map((issue) => [issue.path, issue.message])) });

    const patch: Partial<CampaignDoc> = { ...changes, updatedAt: ports.clock.now() };
    if (merged.membersOnly) patch.occupations = [];
    if (picture) {
      const fileId = await storeImage(ports.files, 'campaigns', picture, campaignId);
      if (!fileId) return fail('WELFARE.PICTURE_INVALID', { fields: { picture: '图片格式不对' } });
      patch.pictureFileId = fileId;
    } else if (picture === null) {
      patch.pictureFileId = null;
    }

    const saved = await inTransaction(ports.store, async (tx, abort: Abort<'WELFARE.CLOSED'>) => {
      const current = await tx.get(Campaigns, campaignId);
      if (!current || current.status === 'closed') return abort(fail('WELFARE.CLOSED'));
      await tx.update(Campaigns, campaignId, { $set: patch });
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'welfare.updateCampaign',
          union: { id: current.unionId, path: current.unionPath },
          target: { collection: Campaigns.name, id: campaignId },
          summary: `修改礼包活动「${current.title}」：${Object.keys(changes).concat(picture !== undefined ? ['picture'] : []).join('、')}`,
        }),
      );
      return { ...current, ...patch };
    });
    if (!saved.ok) return saved;
    // The replaced or removed picture is no longer shown anywhere; its file goes once the change is saved.
    if (picture !== undefined && campaign.pictureFileId && campaign.pictureFileId !== saved.data.pictureFileId) {
      await ports.files.remove(campaign.pictureFileId);
    }
    return ok(toAdminView(saved.data, await imageUrlOf(ports.files, saved.data.pictureFileId)));
  },
});
