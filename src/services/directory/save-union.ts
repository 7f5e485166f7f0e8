import type { UpsertUnionInput } from '@core/contracts/staff-admin.schemas';
import { call } from '../call';

/** Adds a union under a parent (no `id`) or renames one; admins only. */
export const saveUnion = (input: UpsertUnionInput, requestId: string) => call('directory', 'upsertUnion', input, { requestId });
