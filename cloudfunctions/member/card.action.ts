import { memberContracts } from '@core/contracts/member.contract';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { toMemberCard } from './member-views';

/** 电子会员卡: only approved members get here (the router loaded their record). */
export const showMemberCard = defineAction({
  contract: memberContracts.card,
  access: members,
  run: async (_input, { caller }) => {
    const member = caller.member;
    if (!member?.memberNo || member.joinedAt === null) return fail('MEMBER.NOT_MEMBER');
    return ok(toMemberCard({ ...member, memberNo: member.memberNo, joinedAt: member.joinedAt }));
  },
});
