import { Campaigns } from '../../collections/campaigns.collection';
import { Stations, type StationDoc } from '../../collections/stations.collection';
import { newCampaignDoc } from '../../../welfare/campaign-doc';
import { demoOpenids } from './demo-identities';
import { demoStations } from './demo-stations';
import { demoUnionById, demoUnionPathOf, rootUnionId } from './demo-unions';
import { dayMs, shanghaiMidnightOf, type SeedStep } from './seed-step';

/** The open 送清凉 campaign of the demo: demo-member claims it, demo-staff hands it out. */
export const demoCampaignId = 'cp_demo_cooling';

/**
 * 青山区总工会's summer campaign, open for a month: members anywhere in the district and riders,
 * couriers and truck drivers who have not joined yet, one pack each, at any of the demo stations.
 */
export const welfareSeed: SeedStep = {
  name: 'welfare',
  run: async (tx, { now }) => {
    // Whole days, as an admin would set them: from yesterday morning to a month on, 23:59.
    const today = shanghaiMidnightOf(now);
    const stations = new Map<string, StationDoc>();
    for (const { id } of demoStations) {
      const station = await tx.get(Stations, id);
      if (station) stations.set(id, station);
    }
    const root = demoUnionById(rootUnionId);
    await tx.insert(
      Campaigns,
      newCampaignDoc({
        id: demoCampaignId,
        settings: {
          kind: 'cooling',
          title: '夏日送清凉',
          description: '每份含绿豆汤粉、藿香正气水、防晒冰袖和一瓶矿泉水。凭礼包券到任一驿站领取。',
          membersOnly: false,
          occupations: ['rider', 'courier', 'trucker'],
          perPerson: 'once',
          claimStartsAt: today - dayMs,
          claimEndsAt: today + 31 * dayMs - 60_000,
          pickupStartsAt: today - dayMs,
          pickupEndsAt: today + 36 * dayMs - 60_000,
          voucherValidHours: 72,
          stockMode: 'pooled',
          totalStock: 300,
          stations: [...stations.keys()].map((stationId) => ({ stationId })),
        },
        union: { _id: root.id, name: root.name, path: demoUnionPathOf(root.id) },
        stations,
        pictureFileId: null,
        createdBy: demoOpenids.admin,
        now,
      }),
    );
  },
};
