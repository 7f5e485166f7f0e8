import { randomBytes } from 'node:crypto';
import { driveContracts } from '@core/contracts/drive.contract';
import { driveKindLabels } from '@core/enums/drive-kind';
import { Audit } from '../common/collections/audit.collection';
import { Campaigns } from '../common/collections/campaigns.collection';
import { Drives, type DriveDoc } from '../common/collections/drives.collection';
import { countDriveMetric } from '../common/counters/drive-counters';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { unionInScope } from '../common/runtime/union-in-scope';
import { makeDriveCode } from './drive-code';
import { toDriveDetail } from './drive-views';
import { foundingParentsOf } from './founding-parents';

/** `dr-lx2k9a-Q3vT8bZp`: short enough to be a mini-program code's `scene` (≤ 32 characters). */
const newDriveId = (now: number) => `dr-${now.toString(36)}-${randomBytes(6).toString('base64url')}`;

/**
 * 新建活动: by an operator of the organizing union (or above). The QR code is made first (outside the
 * transaction: it calls WeChat); the drive, its `held` counter and the audit record are one write.
 */
export const createDrive = defineAction({
  contract: driveContracts.create,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const union = await unionInScope(ports.store, caller, input.unionId);
    if (isFailure(union)) return union;
    // Joiners claim the linked campaign's packs: it must exist and not be over.
    const campaign = input.welfareCampaignId ? await ports.store.get(Campaigns, input.welfareCampaignId) : null;
    if (input.welfareCampaignId && (!campaign || campaign.status === 'closed')) {
      return fail('WELFARE.CAMPAIGN_NOT_FOUND', { fields: { welfareCampaignId: '请重新选择礼包活动' } });
    }

    const now = ports.clock.now();
    const driveId = newDriveId(now);
    const drive: DriveDoc = {
      _id: driveId,
      title: input.title,
      kinds: input.kinds,
      unionId: union._id,
      unionPath: union.path,
      unionName: union.name,
      place: input.place,
      location: input.location ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      audience: input.audience,
      welfareCampaignId: input.welfareCampaignId ?? null,
      notes: input.notes ?? null,
      qrFileId: await makeDriveCode(ports, driveId),
      foundedUnions: [],
      createdBy: caller.openid,
      createdAt: now,
    };
    await ports.store.transaction(async (tx) => {
      await tx.insert(Drives, drive);
      await countDriveMetric(tx, drive, 'held');
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: 'drive.create',
          union: { id: union._id, path: union.path },
          target: { collection: Drives.name, id: drive._id },
          summary: `新建活动：${drive.title}（${drive.kinds.map((kind) => driveKindLabels[kind]).join('、')}）`,
        }),
      );
    });
    const qrCodeUrl = drive.qrFileId ? await ports.files.url(drive.qrFileId) : null;
    const giftCampaign = campaign ? { id: campaign._id, title: campaign.title } : null;
    return ok(toDriveDetail(drive, null, 0, qrCodeUrl, await foundingParentsOf(ports.store, caller.scope, drive), giftCampaign));
  },
});
