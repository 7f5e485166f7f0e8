import { occupations } from '@core/enums/occupation';
import { Drives, type DriveDoc } from '../../collections/drives.collection';
import { Signins, signinIdOf } from '../../collections/signins.collection';
import { countDriveMetric, countOnBoard, signedInField } from '../../counters/drive-counters';
import { demoOpenids } from './demo-identities';
import { demoUnionById, demoUnionPathOf, staffUnionId } from './demo-unions';
import { demoDriveId } from './drives.seed';
import type { SeedStep } from './seed-step';

/** A drive under way when the demo starts, so its board and queue have something to show. */
export const liveDemoDriveId = 'drive-changqing-today';

const minuteMs = 60_000;

/**
 * The drive counters the demo needs, as drive.create and drive.signIn would have kept them: `held`
 * for the upcoming drive (seeded before drives were counted), and a drive under way at demo-staff's
 * depot with a dozen workers already signed in.
 */
export const driveFiguresSeed: SeedStep = {
  name: 'drive-figures',
  run: async (tx, { now }) => {
    const upcoming = await tx.get(Drives, demoDriveId);
    if (upcoming) await countDriveMetric(tx, upcoming, 'held');

    const live: DriveDoc = {
      _id: liveDemoDriveId,
      title: '今日现场：骑手集中入会 · 送清凉',
      kinds: ['founding', 'warmth', 'legalTalk'],
      unionId: staffUnionId,
      unionPath: demoUnionPathOf(staffUnionId),
      unionName: demoUnionById(staffUnionId).name,
      place: '美团外卖长青站门口（青山区长青路128号）',
      location: { latitude: 30.6394, longitude: 114.4271 },
      startsAt: now - 30 * minuteMs,
      endsAt: now + 210 * minuteMs,
      audience: { occupations: ['rider', 'courier'], platforms: ['美团', '饿了么'] },
      welfareCampaignId: null,
      notes: '律师现场答疑，入会即送清凉礼包。',
      qrFileId: null,
      foundedUnions: [],
      createdBy: demoOpenids.staff,
      createdAt: now - 24 * 60 * minuteMs,
    };
    await tx.insert(Drives, live);
    await countDriveMetric(tx, live, 'held');
    const visitors = Array.from({ length: 12 }, (_, i) => ({ openid: `demo-drive-visitor-${i + 1}`, occupation: i < 8 ? 'rider' : occupations[i - 7] }));
    for (const [i, visitor] of visitors.entries()) {
      await tx.insert(Signins, {
        _id: signinIdOf(live._id, visitor.openid),
        driveId: live._id,
        openid: visitor.openid,
        occupation: visitor.occupation,
        wasMember: false,
        at: live.startsAt + i * 2 * minuteMs,
      });
      await countOnBoard(tx, live, { signedIn: 1, [signedInField(visitor.occupation)]: 1 });
      await countDriveMetric(tx, live, 'reached');
    }
  },
};
