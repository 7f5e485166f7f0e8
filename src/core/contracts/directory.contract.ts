import { z } from 'zod';
import { defineContract } from '../contract';
import { OccupationSchema } from '../enums/occupation';
import { CursorSchema, pageOf } from './fields';
import {
  AdminUnionSchema,
  GrantStaffInputSchema,
  GrantStaffOutputSchema,
  StaffGrantRowSchema,
  StaffListInputSchema,
  UpsertUnionInputSchema,
} from './staff-admin.schemas';
import { NearbyStationsInputSchema, StationFieldsSchema, StationInputSchema, StationsInputSchema } from './station.schemas';

export const UnionRefSchema = z.object({ id: z.string(), name: z.string() });
export type UnionRef = z.infer<typeof UnionRefSchema>;

export const UnionListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The union above it, so two depots' unions with similar names can be told apart. */
  parentName: z.string().nullable(),
  area: z.string(),
});
export type UnionListItem = z.infer<typeof UnionListItemSchema>;

/** A 驿站 as everyone sees it, with the union that runs it. */
export const StationSchema = StationFieldsSchema.extend({ union: UnionRefSchema });
export type Station = z.infer<typeof StationSchema>;

export const directoryContracts = {
  /** Unions a worker may join (grassroots ones), searchable by a part of the name or area. */
  unions: defineContract({
    kind: 'query',
    input: z
      .object({ keyword: z.string().trim().max(20, '关键字最多20个字').optional(), cursor: CursorSchema })
      .strict(),
    output: pageOf(UnionListItemSchema),
    errors: [],
  }),
  /**
   * A few unions to offer with one tap on the join form: those organizing the worker's occupation
   * group first, then the ones open to every group.
   */
  suggestUnions: defineContract({
    kind: 'query',
    input: z.object({ occupation: OccupationSchema }).strict(),
    output: z.object({ items: z.array(UnionListItemSchema).max(6) }),
    errors: [],
  }),
  /** 驿站 by name, for a worker who has not shared a location (and for admins editing them). */
  stations: defineContract({ kind: 'query', input: StationsInputSchema, output: pageOf(StationSchema), errors: [] }),
  /** 驿站 nearest first from the worker's GCJ-02 location, with distances. */
  nearbyStations: defineContract({
    kind: 'query',
    input: NearbyStationsInputSchema,
    output: z.object({ items: z.array(StationSchema.extend({ distanceM: z.number().int().nonnegative() })) }),
    errors: [],
  }),
  /** An admin adds a station (no `id`) or edits one, in a union of their own subtree. */
  upsertStation: defineContract({
    kind: 'command',
    input: StationInputSchema,
    output: StationSchema,
    errors: ['STATION.NOT_FOUND', 'STATION.PHOTO_INVALID', 'UNION.NOT_FOUND'],
  }),
  /** 工作人员: the grants in the caller's subtree (or `unionId`'s), by union; and the unions they may grant at. */
  staff: defineContract({
    kind: 'query',
    input: StaffListInputSchema,
    output: pageOf(StaffGrantRowSchema).extend({ unions: z.array(AdminUnionSchema) }),
    errors: ['UNION.NOT_FOUND'],
  }),
  /** An admin gives, changes or takes away (`roles: []`) a member's roles at a union of their subtree. */
  grantStaff: defineContract({
    kind: 'command',
    input: GrantStaffInputSchema,
    output: GrantStaffOutputSchema,
    errors: ['MEMBER.NOT_FOUND', 'UNION.NOT_FOUND', 'STAFF.GRANT_NOT_FOUND', 'STAFF.OWN_ADMIN'],
  }),
  /** 工会管理: an admin adds a union under one of their subtree, or renames one (never moves it). */
  upsertUnion: defineContract({
    kind: 'command',
    input: UpsertUnionInputSchema,
    output: AdminUnionSchema,
    errors: ['UNION.NOT_FOUND', 'UNION.LEVEL_NOT_ALLOWED', 'UNION.NAME_TAKEN', 'UNION.MOVE_NOT_ALLOWED', 'UNION.FOUNDED_IN_FUTURE'],
  }),
};
