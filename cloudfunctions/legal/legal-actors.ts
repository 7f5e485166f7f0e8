import { staffRoleLabels, type StaffRole } from '@core/enums/staff-role';
import type { LegalActor, LegalHandler } from '../common/collections/legal-cases.collection';
import { Staff } from '../common/collections/staff.collection';
import { Unions } from '../common/collections/unions.collection';
import type { Store } from '../common/ports/store.port';

type StaffActor = Extract<LegalActor, { kind: 'staff' }>;

/** The role a staff member acts in on a case: 服务专员 where they hold it, else the strongest they hold. */
const actingRole = (roles: readonly StaffRole[]): StaffRole | null =>
  roles.includes('operator') ? 'operator' : roles.includes('admin') ? 'admin' : (roles[0] ?? null);

/**
 * How a staff member appears on a case: by the union whose grant lets them act on it (the nearest one
 * above the case) and their role — never by openid or name, unless they signed with a name themselves.
 * Bootstrap admins (NUANXIN_ADMIN_OPENIDS) hold no grant and appear as the root union's 管理员.
 */
export const staffActorOn = async (store: Store, openid: string, caseUnionPath: string, signature: string | undefined): Promise<StaffActor> => {
  const grants = await store.find(Staff, { where: { openid }, limit: 100 });
  const covering = grants.items
    .filter((grant) => caseUnionPath.startsWith(grant.unionPath))
    .sort((a, b) => b.unionPath.length - a.unionPath.length)[0];
  if (covering) {
    return { kind: 'staff', openid, unionName: covering.unionName, role: actingRole(covering.roles), signature: signature ?? null };
  }
  const rootId = caseUnionPath.split('/')[1] ?? '';
  const root = rootId ? await store.get(Unions, rootId) : null;
  return { kind: 'staff', openid, unionName: root?.name ?? '工会', role: 'admin', signature: signature ?? null };
};

export type Viewer = 'applicant' | 'staff';

const staffLabel = (staff: { unionName: string; role: StaffRole | null; signature: string | null }): string =>
  staff.signature ? `${staff.signature}（${staff.unionName}）` : `${staff.unionName} · ${staff.role ? staffRoleLabels[staff.role] : '工作人员'}`;

export const actorLabel = (actor: LegalActor, viewer: Viewer): string => {
  if (actor.kind === 'applicant') return viewer === 'applicant' ? '你' : '申请人';
  if (actor.kind === 'system') return '暖新';
  return staffLabel(actor);
};

export const handlerLabel = (handler: LegalHandler): string =>
  handler.kind === 'lawyer' ? `${handler.name}律师（${handler.firm}）` : staffLabel(handler);
