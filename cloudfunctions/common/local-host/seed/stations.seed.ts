import { Stations } from '../../collections/stations.collection';
import { demoStations } from './demo-stations';
import { demoUnionById, demoUnionPathOf } from './demo-unions';
import type { SeedStep } from './seed-step';

export const stationsSeed: SeedStep = {
  name: 'stations',
  run: async (tx, { now }) => {
    for (const station of demoStations) {
      await tx.insert(Stations, {
        _id: station.id,
        name: station.name,
        address: station.address,
        location: { lat: station.lat, lng: station.lng },
        hours: station.hours,
        facilities: station.facilities,
        contact: station.contact,
        photoFileId: null,
        unionId: station.unionId,
        unionPath: demoUnionPathOf(station.unionId),
        unionName: demoUnionById(station.unionId).name,
        active: true,
        createdAt: now,
        updatedAt: now,
      });
    }
  },
};
