import { randomBytes } from 'node:crypto';
import { welfareContracts } from '@core/contracts/welfare.contract';
import { occupations } from '@core/enums/occupation';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns, type CampaignDoc } from '../common/collections/campaigns.collection';
import { Stations } from '../common/collections/stations.collection';
import { Unions } from '../common/collections/unions.collection';
import { imageUrlOf, storeImage } from '../common/files/stored-image';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { toAdminView } from './campaign-views';

/**
 * A new 送温暖 / 送清凉 campaign by an admin, for a union of their subtree, handed out at stations of
 * their subtree. Each station's location and hours are copied in, so a claim reads one document.
 */
export const createCampaign = defineAction({
  contract: welfareContracts.createCampaign,
  access: staffWith('admin'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await ports.store.get(Unions, input.unionId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '请重新选择工会' } });
    if (!caller.scope?.covers(union.path)) return fail('AUTH.FORBIDDEN');

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

    const now = ports.clock.now();
    const perStation = input.stockMode === 'perStation';
    const total = perStation ? input.stations.reduce((sum, s) => sum + (s.stock ?? 0), 0) : (input.totalStock ?? 0);
    const campaign: CampaignDoc = {
      _id: id,
      kind: input.kind,
      title: input.title,
      description: input.description,
      pictureFileId,
      unionId: union._id,
      unionPath: union.path,
      unionName: union.name,
      membersOnly: input.membersOnly,
      occupations: input.membersOnly ? [] : input.occupations,
      perPerson: input.perPerson,
      claimStartsAt: input.claimStartsAt,
      claimEndsAt: input.claimEndsAt,
      pickupStartsAt: input.pickupStartsAt,
      pickupEndsAt: input.pickupEndsAt,
      voucherValidHours: input.voucherValidHours,
      stockMode: input.stockMode,
      status: 'open',
      total,
      remaining: total,
      claimed: 0,
      redeemed: 0,
      expired: 0,
      cancelled: 0,
      waiting: 0,
      stationIds: input.stations.map((s) => s.stationId),
      stations: Object.fromEntries(
        input.stations.map(({ stationId, stock }) => {
          const station = stationById.get(stationId)!;
          const own = perStation ? (stock ?? 0) : null;
          return [
            stationId,
            {
              name: station.name,
              address: station.address,
              location: station.location,
              hours: station.hours,
              unionId: station.unionId,
              unionPath: station.unionPath,
              total: own,
              remaining: own,
              claimed: 0,
              redeemed: 0,
            },
          ];
        }),
      ),
      // Every group's tallies exist from the start, so increments never have to create them.
      byOccupation: Object.fromEntries(occupations.map((occupation) => [occupation, { claimed: 0, redeemed: 0 }])),
      stockChangedAt: now,
      dirty: false,
      createdBy: caller.openid,
      createdAt: now,
      updatedAt: now,
    };
    await ports.store.transaction(async (tx) => {
      await tx.insert(Campaigns, campaign);
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'welfare.createCampaign',
          union: { id: union._id, path: union.path },
          target: { collection: Campaigns.name, id },
          summary: `新建礼包活动「${campaign.title}」，共${total}份`,
        }),
      );
    });
    return ok(toAdminView(campaign, await imageUrlOf(ports.files, pictureFileId)));
  },
});
