import { Staff, staffIdOf } from '../../collections/staff.collection';
import { demoOpenids } from './demo-identities';
import { demoUnionById, demoUnionPathOf, secondStaffUnionId } from './demo-unions';
import type { SeedStep } from './seed-step';

/**
 * demo-staff-2 reviews for 饿了么港都站点工会, a riders' union of another platform beside demo-staff's
 * 美团 one: a rider changing platform transfers there, and someone has to accept. A step of its own,
 * so data dirs seeded before it get the grant too.
 */
export const secondStaffSeed: SeedStep = {
  name: 'second-staff',
  run: async (tx, { now }) => {
    await tx.insert(Staff, {
      _id: staffIdOf(demoOpenids.staff2, secondStaffUnionId),
      openid: demoOpenids.staff2,
      unionId: secondStaffUnionId,
      unionPath: demoUnionPathOf(secondStaffUnionId),
      unionName: demoUnionById(secondStaffUnionId).name,
      roles: ['reviewer'],
      grantedAt: now,
      grantedBy: demoOpenids.admin,
    });
  },
};
