import { directoryContracts } from '@core/contracts/directory.contract';
import { distanceM, latitudeSpanOf } from '@core/rules/geo';
import { Stations } from '../common/collections/stations.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toStation } from './station-views';

/** Far enough to reach across a district; a rider rarely detours further for a rest. */
const radiusM = 20_000;
const maxShown = 20;

/**
 * 附近驿站: stations within 20 km of the worker (GCJ-02), nearest first. The index on latitude narrows
 * the read to a band around the worker; exact distances sort what it returns.
 */
export const nearbyStations = defineAction({
  contract: directoryContracts.nearbyStations,
  access: signedIn,
  run: async (input, { ports }) => {
    const span = latitudeSpanOf(radiusM);
    const band = await ports.store.find(Stations, {
      where: { active: true, 'location.lat': { $gte: input.lat - span, $lte: input.lat + span } },
      orderBy: [['location.lat', 'asc']],
      limit: 100,
    });
    const here = { lat: input.lat, lng: input.lng };
    const nearest = band.items
      .map((doc) => ({ doc, distance: distanceM(here, doc.location) }))
      .filter((entry) => entry.distance <= radiusM)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, maxShown);
    const items = await Promise.all(nearest.map(async ({ doc, distance }) => ({ ...(await toStation(ports.files, doc)), distanceM: distance })));
    return ok({ items });
  },
});
