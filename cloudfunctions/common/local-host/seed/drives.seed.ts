import { Drives } from '../../collections/drives.collection';
import { demoOpenids } from './demo-identities';
import { demoUnionById, demoUnionPathOf, staffUnionId } from './demo-unions';
import { dayMs, shanghaiMidnightOf, type SeedStep } from './seed-step';

/** The drive a worker "scans" in the demo: `/#/packages/join/index?drive=<demoDriveId>`. */
export const demoDriveId = 'drive-changqing-depot';

const hourMs = 60 * 60 * 1000;

/** An upcoming 集中入会 drive by demo-staff's union at its depot, three days after the seed at 14:00. */
export const drivesSeed: SeedStep = {
  name: 'drives',
  run: async (tx, { now }) => {
    const startsAt = shanghaiMidnightOf(now) + 3 * dayMs + 14 * hourMs;
    await tx.insert(Drives, {
      _id: demoDriveId,
      title: '骑手集中入会日：扫码一分钟入会',
      unionId: staffUnionId,
      unionPath: demoUnionPathOf(staffUnionId),
      unionName: demoUnionById(staffUnionId).name,
      place: '美团外卖长青站（青山区长青路128号）',
      startsAt,
      endsAt: startsAt + 3 * hourMs,
      createdBy: demoOpenids.staff,
      createdAt: now,
      kinds: ['founding', 'warmth'],
      location: { latitude: 30.6394, longitude: 114.4271 },
      audience: { occupations: ['rider'], platforms: ['美团'] },
      welfareCampaignId: null,
      notes: '现场有工会工作人员帮忙填写，入会即送清凉礼包。',
      // Made on first view of the drive's detail: the local QR code links to the host's own port.
      qrFileId: null,
      foundedUnions: [],
    });
  },
};
