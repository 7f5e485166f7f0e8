import { directoryContracts } from '@core/contracts/directory.contract';
import { distanceM, latitudeSpanOf, longitudeSpanOf } from '@core/rules/geo';
import { Stations } from '../common/collections/stations.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { findAll } from '../common/runtime/find-all';
import { toStation } from './station-views';

/** Far enough to reach across a district; a rider rarely detours further for a rest. */
const radiusM = 20_000;
const maxShown = 20;

/**
 * 附近驿站: stations within 20 km of the worker (GCJ-02), nearest first. The index on latitude narrows
 * the read to a band around the worker and the longitude bound to a box 40 km across (a band alone runs
 * the width of the country: at 30.6°N it takes in Shanghai and Chengdu), so every station in the box is
 * read — a city's worth, never the nation's — and exact distances sort them.
 */
export const nearbyStations = defineAction({
  contract: directoryContracts.nearbyStations,
  access: signedIn,
  run: async (input, { ports }) => {
    const latSpan = latitudeSpanOf(radiusM);
    const lngSpan = longitudeSpanOf(radiusM, input.lat);
    const box = await findAll(ports.store, Stations, {
      where: {
        active: true,
        'location.lat': { $gte: input.lat - latSpan, $lte: input.lat + latSpan },
        'location.lng': { $gte: input.lng - lngSpan, $lte: input.lng + lngSpan },
      },
      orderBy: [['location.lat', 'asc']],
    });
    const here = { lat: input.lat, lng: input.lng };
    const nearest = box
      .map((doc) => ({ doc, distance: distanceM(here, doc.location) }))
      .filter((entry) => entry.distance <= radiusM)
      .sort((a, b) => a.distance - b.distance)
      .slice(0, maxShown);
    const items = await Promise.all(nearest.map(async ({ doc, distance }) => ({ ...(await toStation(ports.files, doc)), distanceM: distance })));
    return ok({ items });
  },
});
