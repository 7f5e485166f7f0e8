import { directoryContracts } from '@core/contracts/directory.contract';
import { Stations } from '../common/collections/stations.collection';
import { signedIn } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { toStation } from './station-views';

/** 驿站 by name: the list a worker sees without sharing a location. */
export const listStations = defineAction({
  contract: directoryContracts.stations,
  access: signedIn,
  run: async (input, { ports }) => {
    const page = await ports.store.find(Stations, {
      where: { active: true },
      orderBy: [['name', 'asc']],
      limit: 20,
      cursor: input.cursor ?? null,
    });
    return ok({ items: await Promise.all(page.items.map((doc) => toStation(ports.files, doc))), nextCursor: page.nextCursor });
  },
});
