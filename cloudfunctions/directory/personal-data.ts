import { staffRoleLabels } from '@core/enums/staff-role';
import { Staff } from '../common/collections/staff.collection';
import { erasedPerson } from '../common/personal-data/platform-records.holder';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import { findAll } from '../common/runtime/find-all';

/**
 * 工作人员: the roles a person holds at unions, and the grants they made as an admin. Staff hand their
 * roles back before they may erase (member.deleteMine refuses otherwise: their work records stay), so
 * erasing finds none of their own to end — it removes any left all the same — and leaves the grants
 * they made to others standing, with the one who made them no longer named.
 */
export const staffGrantsHolder: PersonalDataHolder = {
  label: '工作人员角色',
  collections: [Staff.name],
  exportFor: async (openid, { store }) => {
    const grants = await findAll(store, Staff, { where: { openid } });
    if (grants.length === 0) return null;
    return grants.map((grant) => ({ 工会: grant.unionName, 角色: grant.roles.map((role) => staffRoleLabels[role]).join('、'), 开通时间: grant.grantedAt }));
  },
  eraseFor: async (openid, { store }) => {
    for (const grant of await findAll(store, Staff, { where: { openid } })) await store.remove(Staff, grant._id);
    for (const grant of await findAll(store, Staff, { where: { grantedBy: openid } })) {
      await store.update(Staff, grant._id, { $set: { grantedBy: erasedPerson } });
    }
  },
};
