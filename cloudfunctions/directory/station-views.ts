import type { Station } from '@core/contracts/directory.contract';
import type { StationDoc } from '../common/collections/stations.collection';
import { imageUrlOf } from '../common/files/stored-image';
import type { Files } from '../common/ports/files.port';

export const toStation = async (files: Files, doc: StationDoc): Promise<Station> => ({
  id: doc._id,
  name: doc.name,
  address: doc.address,
  location: doc.location,
  hours: doc.hours,
  facilities: doc.facilities,
  contact: doc.contact,
  photoUrl: await imageUrlOf(files, doc.photoFileId),
  union: { id: doc.unionId, name: doc.unionName },
});
