import type { AdminUnion, StaffGrantRow } from '@core/contracts/staff-admin.schemas';
import { Members } from '../common/collections/members.collection';
import type { StaffDoc } from '../common/collections/staff.collection';
import { Unions, type UnionDoc } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';
import type { StaffScope } from '../common/runtime/access';
import { findAll } from '../common/runtime/find-all';

/** The unions of the caller's subtrees in tree order (parents first, siblings by name). */
export const adminUnionsOf = async (store: Store, scope: StaffScope): Promise<AdminUnion[]> => {
  const subtrees = await Promise.all(scope.unionPaths.map((path) => findAll(store, Unions, { where: { path: { $prefix: path } } })));
  const rows: AdminUnion[] = [];
  for (const unions of subtrees) {
    const children = new Map<string | null, UnionDoc[]>();
    const ids = new Set(unions.map((union) => union._id));
    for (const union of unions) {
      const parent = union.parentId && ids.has(union.parentId) ? union.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), union]);
    }
    const walk = (parentId: string | null, depth: number) => {
      for (const union of (children.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
        rows.push({ id: union._id, name: union.name, parentId: union.parentId, level: union.level, depth, foundedAt: union.foundedAt });
        walk(union._id, depth + 1);
      }
    };
    walk(null, 0);
  }
  return rows;
};

export const toAdminUnion = (union: UnionDoc, depth = 0): AdminUnion => ({
  id: union._id,
  name: union.name,
  parentId: union.parentId,
  level: union.level,
  depth,
  foundedAt: union.foundedAt,
});

/**
 * Grants as the admin lists them: each person by member name and masked phone (one read for all). A
 * grant's `_id` holds the person's openid, so the row names it sealed (`seal`: the PII cipher), which
 * only the server can open again when the admin changes that row.
 */
export const toGrantRows = async (store: Store, grants: readonly StaffDoc[], callerOpenid: string, seal: (id: string) => string): Promise<StaffGrantRow[]> => {
  const openids = [...new Set(grants.map((grant) => grant.openid))];
  const found = openids.length ? await store.find(Members, { where: { _id: { $in: openids }, status: 'approved' }, limit: 100 }) : { items: [] };
  const members = new Map(found.items.map((member) => [member._id, member]));
  return grants.map((grant) => {
    const member = members.get(grant.openid);
    return {
      id: seal(grant._id),
      member: member?.memberNo ? { name: member.name, memberNo: member.memberNo, phoneMasked: member.phoneMasked } : null,
      union: { id: grant.unionId, name: grant.unionName },
      roles: grant.roles,
      grantedAt: grant.grantedAt,
      isMe: grant.openid === callerOpenid,
    };
  });
};
