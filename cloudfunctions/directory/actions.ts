import type { ActionTable } from '../common/runtime/action';
import { nearbyStations } from './nearby-stations.action';
import { listStations } from './stations.action';
import { suggestUnions } from './suggest-unions.action';
import { searchUnions } from './unions.action';
import { grantStaff } from './grant-staff.action';
import { listStaff } from './staff.action';
import { upsertStation } from './upsert-station.action';
import { upsertUnion } from './upsert-union.action';

export const directoryActions: ActionTable<'directory'> = {
  unions: searchUnions,
  suggestUnions,
  stations: listStations,
  nearbyStations,
  upsertStation,
  staff: listStaff,
  grantStaff,
  upsertUnion,
};
