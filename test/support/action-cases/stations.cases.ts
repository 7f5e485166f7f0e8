import { seedStations } from '../welfare-world';
import { everyone, type ActionCase } from './define';

/** 驿站 actions of the directory function. */
export const stationCases: ActionCase[] = [
  {
    fn: 'directory',
    action: 'stations',
    input: async (world) => {
      await seedStations(world);
      return {};
    },
    expect: everyone('ok'),
  },
  {
    fn: 'directory',
    action: 'nearbyStations',
    input: async (world) => {
      await seedStations(world);
      return { lat: 30.6352, lng: 114.3889 };
    },
    expect: everyone('ok'),
  },
  {
    fn: 'directory',
    action: 'upsertStation',
    input: () => ({
      unionId: 'g1',
      name: '长青路骑手之家',
      address: '青山区长青路200号',
      lat: 30.6381,
      lng: 114.3917,
      hours: '全天开放',
      facilities: ['water', 'charging', 'microwave'],
      contact: '027-86801234',
      active: true,
    }),
    expect: everyone('denied', { admin: 'ok' }),
  },
];
