import { z } from 'zod';
import { FacilitySchema } from '../enums/welfare';
import { chinaBounds } from '../rules/geo';
import { CursorSchema, DocIdSchema } from './fields';
import { ImageUploadSchema } from './image-upload';

/**
 * 驿站 ids are written into field paths of a campaign's per-station stock (`stations.st_xxx.remaining`),
 * so they are plain identifiers: `st_` and letters, digits or underscores.
 */
export const StationIdSchema = z
  .string()
  .trim()
  .regex(/^st_[A-Za-z0-9_]{1,40}$/, '请重新选择驿站');

/** GCJ-02, inside mainland China: a point outside is a typo or a WGS-84 position nobody converted. */
export const LatitudeSchema = z
  .number({ invalid_type_error: '纬度必须是数字' })
  .min(chinaBounds.minLat, '纬度不在中国境内，请核对')
  .max(chinaBounds.maxLat, '纬度不在中国境内，请核对');
export const LongitudeSchema = z
  .number({ invalid_type_error: '经度必须是数字' })
  .min(chinaBounds.minLng, '经度不在中国境内，请核对')
  .max(chinaBounds.maxLng, '经度不在中国境内，请核对');

export const LocationSchema = z.object({ lat: z.number(), lng: z.number() });

/** A station's own fields; directory.contract.ts adds the union that runs it. */
export const StationFieldsSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  location: LocationSchema,
  /** 全天开放 / 08:00-22:00, as the station posts it. */
  hours: z.string(),
  facilities: z.array(FacilitySchema),
  /** The station's own phone (a public number, not a person's). */
  contact: z.string().nullable(),
  photoUrl: z.string().nullable(),
});

export const StationsInputSchema = z.object({ cursor: CursorSchema }).strict();

export const NearbyStationsInputSchema = z.object({ lat: LatitudeSchema, lng: LongitudeSchema }).strict();

export const StationInputSchema = z
  .object({
    /** Absent: a new station. */
    id: StationIdSchema.optional(),
    unionId: DocIdSchema.describe('管理驿站的工会'),
    name: z.string().trim().min(2, '请填写驿站名称（至少2个字）').max(30, '驿站名称最多30个字'),
    address: z.string().trim().min(4, '请填写详细地址').max(60, '地址最多60个字'),
    lat: LatitudeSchema,
    lng: LongitudeSchema,
    hours: z.string().trim().min(2, '请填写开放时间，如：全天开放').max(40, '开放时间最多40个字'),
    facilities: z
      .array(FacilitySchema)
      .max(6, '设施最多6项')
      .refine((list) => new Set(list).size === list.length, '设施不要重复选择'),
    contact: z
      .string()
      .trim()
      .regex(/^[0-9-]{7,20}$/, '请填写驿站电话，如 027-86801234')
      .optional(),
    /** A new photo replaces the old one; null takes it away; left out, the photo stays. */
    photo: ImageUploadSchema.nullable().optional(),
    active: z.boolean({ invalid_type_error: '请选择是否开放' }),
  })
  .strict();
export type StationInput = z.input<typeof StationInputSchema>;
