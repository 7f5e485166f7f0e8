import type { ActionTable } from '../common/runtime/action';
import { nearbyStations } from './nearby-stations.action';
import { listStations } from './stations.action';
import { suggestUnions } from './suggest-unions.action';
import { searchUnions } from './unions.action';
import { upsertStation } from './upsert-station.action';

export const directoryActions: ActionTable<'directory'> = {
  unions: searchUnions,
  suggestUnions,
  stations: listStations,
  nearbyStations,
  upsertStation,
};
