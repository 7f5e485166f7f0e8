import { Members } from '../../../cloudfunctions/common/collections/members.collection';
import { people } from '../world';
import { everyone, type ActionCase } from './define';

/** 工作人员 and 工会管理 actions of the directory function: admins only. */
export const staffAdminCases: ActionCase[] = [
  { fn: 'directory', action: 'staff', input: () => ({}), expect: everyone('denied', { admin: 'ok' }) },
  {
    fn: 'directory',
    action: 'grantStaff',
    input: async (world) => {
      const member = await world.ports.store.get(Members, people.member);
      return { memberNo: member!.memberNo, unionId: 'g1', roles: ['reviewer'] };
    },
    expect: everyone('denied', { admin: 'ok' }),
  },
  {
    fn: 'directory',
    action: 'upsertUnion',
    input: () => ({ name: '长青同城配送工会', parentId: 'street', level: 'grassroots', area: '青山区长青街道' }),
    expect: everyone('denied', { admin: 'ok' }),
  },
];
