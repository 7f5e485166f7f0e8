import { randomBytes } from 'node:crypto';
import { welfareContracts } from '@core/contracts/welfare.contract';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Stations } from '../common/collections/stations.collection';
import { imageUrlOf, storeImage } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { unionInScope } from '../common/runtime/union-in-scope';
import { newCampaignDoc } from './campaign-doc';
import { toAdminView } from './campaign-views';

/** A new 送温暖 / 送清凉 campaign by an admin, for a union of their subtree, handed out at stations of their subtree. */
export const createCampaign = defineAction({
  contract: welfareContracts.createCampaign,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;

    const found = await ports.store.find(Stations, { where: { _id: { $in: input.stations.map((s) => s.stationId) } }, limit: 100 });
    const stationById = new Map(found.items.map((station) => [station._id, station]));
    const unusable = input.stations.findIndex(({ stationId }) => {
      const station = stationById.get(stationId);
      return !station || !station.active || !caller.scope?.covers(station.unionPath);
    });
    if (unusable >= 0) return fail('WELFARE.STATIONS_INVALID', { fields: { [`stations.${unusable}.stationId`]: '这个驿站不能选，请重新选择' } });

    const id = `cp_${randomBytes(6).toString('hex')}`;
    let pictureFileId: string | null = null;
    if (input.picture) {
      pictureFileId = await storeImage(ports.files, 'campaigns', input.picture, id);
      if (!pictureFileId) return fail('WELFARE.PICTURE_INVALID', { fields: { picture: '图片格式不对' } });
    }

    const { picture: _picture, unionId: _unionId, ...settings } = input;
    const campaign = newCampaignDoc({ id, settings, union, stations: stationById, pictureFileId, createdBy: caller.openid, now: ports.clock.now() });
    await ports.store.transaction(async (tx) => {
      await tx.insert(Campaigns, campaign);
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'welfare.createCampaign',
          union: { id: union._id, path: union.path },
          target: { collection: Campaigns.name, id },
          summary: `新建礼包活动「${campaign.title}」，共${campaign.total}份`,
        }),
      );
    });
    return ok(toAdminView(campaign, await imageUrlOf(ports.files, pictureFileId)));
  },
});
