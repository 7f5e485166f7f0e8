import { welfareContracts } from '@core/contracts/welfare.contract';
import { Campaigns } from '../common/collections/campaigns.collection';
import { imageUrlOf } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { scopedPage } from '../member/scoped-paging';
import { toAdminView } from './campaign-views';

/** 活动管理: campaigns run by the caller's unions (their whole subtrees), newest first, with their counts. */
export const listManagedCampaigns = defineAction({
  contract: welfareContracts.managedCampaigns,
  access: staffWith('operator'),
  run: async (input, { caller, ports }) => {
    const page = await scopedPage(caller.scope?.unionPaths ?? [], input.cursor ?? null, (unionPath, cursor) =>
      ports.store.find(Campaigns, {
        where: { unionPath: { $prefix: unionPath } },
        orderBy: [['createdAt', 'desc']],
        limit: input.limit,
        cursor,
      }),
    );
    const items = await Promise.all(page.items.map(async (campaign) => toAdminView(campaign, await imageUrlOf(ports.files, campaign.pictureFileId))));
    return ok({ items, nextCursor: page.nextCursor });
  },
});
