import { z } from 'zod';
import { FacilitySchema } from '@core/enums/welfare';
import { defineCollection } from '../ports/store.port';

/**
 * 驿站: rest stations where workers drink water, charge phones and pick up welfare packs. `_id` is
 * `st_…` (a plain identifier: campaigns key their per-station stock by it). Location in GCJ-02.
 */
export const StationDocSchema = z.object({
  _id: z.string().regex(/^st_[A-Za-z0-9_]+$/),
  name: z.string(),
  address: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }),
  hours: z.string(),
  facilities: z.array(FacilitySchema),
  contact: z.string().nullable(),
  photoFileId: z.string().nullable(),
  /** The union that runs the station: its staff hand packs out here. */
  unionId: z.string(),
  unionPath: z.string(),
  unionName: z.string(),
  active: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type StationDoc = z.infer<typeof StationDocSchema>;

export const Stations = defineCollection({
  name: 'stations',
  schema: StationDocSchema,
  // By name for the plain list; by latitude for the nearby pre-filter; by union for admins.
  indexes: [{ fields: ['active', 'name'] }, { fields: ['active', 'location.lat'] }, { fields: ['unionPath'] }],
});
