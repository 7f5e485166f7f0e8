import { Members, type MemberDoc } from '../collections/members.collection';
import { Staff } from '../collections/staff.collection';
import type { Store } from '../ports/store.port';
import { scopeOf, type Access, type Caller } from './access';
import { fail, type Failure } from './action';

/** The root of the union tree as a scope: what bootstrap admins (`NUANXIN_ADMIN_OPENIDS`) cover. */
const wholeTree = '/';

/**
 * Loads only what `access` needs to decide — nothing for `user`, the member document for `member`, the
 * staff grants for `staff` — so the check costs at most one read, and hands it to the use case.
 */
export const resolveCaller = async (
  openid: string,
  access: Access,
  store: Store,
  adminOpenids: ReadonlySet<string>,
  /** The caller's member record when the consent gate has read it already (undefined: not read). */
  record?: MemberDoc | null,
): Promise<Caller | Failure> => {
  const caller: Caller = { openid, member: null, scope: null, ...(record !== undefined ? { record } : {}) };
  if (access.who === 'anyone' || access.who === 'user') return caller;

  if (access.who === 'member') {
    const member = record !== undefined ? record : await store.get(Members, openid);
    if (member?.status !== 'approved') return fail('MEMBER.NOT_MEMBER');
    return { ...caller, member };
  }

  const paths: string[] = adminOpenids.has(openid) ? [wholeTree] : [];
  const grants = await store.find(Staff, { where: { openid }, limit: 100 });
  for (const grant of grants.items) {
    if (grant.roles.some((role) => role === 'admin' || access.roles.includes(role))) paths.push(grant.unionPath);
  }
  if (paths.length === 0) return fail('AUTH.FORBIDDEN');
  return { ...caller, scope: scopeOf(paths) };
};
