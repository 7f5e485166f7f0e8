import { Staff, staffIdOf, type StaffDoc } from '../../collections/staff.collection';
import { demoOpenids } from './demo-identities';
import { demoUnionById, demoUnionPathOf, rootUnionId, staffUnionId } from './demo-unions';
import type { SeedStep } from './seed-step';

const grantOf = (openid: string, unionId: string, roles: StaffDoc['roles'], grantedBy: string, at: number): StaffDoc => ({
  _id: staffIdOf(openid, unionId),
  openid,
  unionId,
  unionPath: demoUnionPathOf(unionId),
  unionName: demoUnionById(unionId).name,
  roles,
  grantedAt: at,
  grantedBy,
});

/**
 * demo-admin gets a real admin grant on the root rather than relying on NUANXIN_ADMIN_OPENIDS, so the
 * demo shows how staff are normally recorded; demo-staff serves one grassroots union.
 */
export const staffSeed: SeedStep = {
  name: 'staff',
  run: async (tx, { now }) => {
    await tx.insert(Staff, grantOf(demoOpenids.admin, rootUnionId, ['admin'], 'seed', now));
    await tx.insert(Staff, grantOf(demoOpenids.staff, staffUnionId, ['reviewer', 'operator'], demoOpenids.admin, now));
  },
};
