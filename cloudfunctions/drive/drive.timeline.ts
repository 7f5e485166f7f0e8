import { Drives } from '../common/collections/drives.collection';
import { Signins } from '../common/collections/signins.collection';
import { documentsById, entriesPerSection } from '../common/timeline/by-id';
import type { TimelineSource } from '../common/timeline/timeline-source.port';

/** 活动 in 我的: each enrollment drive the worker signed in to, opening the drive's page. */
export const driveTimeline: TimelineSource = {
  section: { key: 'drive', label: '活动' },
  entriesFor: async (openid, { store }) => {
    const signins = await store.find(Signins, { where: { openid }, orderBy: [['at', 'desc']], limit: entriesPerSection });
    const drives = await documentsById(store, Drives, signins.items.map((signin) => signin.driveId));
    return signins.items.flatMap((signin) => {
      const drive = drives.get(signin.driveId);
      if (!drive) return [];
      return [
        {
          id: `drive:${signin._id}`,
          section: 'drive',
          title: `参加活动：${drive.title}`,
          detail: drive.place,
          at: signin.at,
          badge: '已签到',
          link: `/packages/drive/index?drive=${encodeURIComponent(drive._id)}`,
        },
      ];
    });
  },
};
