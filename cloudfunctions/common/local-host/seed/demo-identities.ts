import { demoUnionById, rootUnionId, secondStaffUnionId, staffUnionId } from './demo-unions';

/**
 * The demo identities (DESIGN.md "Two ways it runs"): the seed gives each its data, the sign-in page
 * lists them. Both read this one list so they never drift.
 */
export interface DemoIdentity {
  openid: string;
  /** Who this is, in a few words: shown on the sign-in button. */
  label: string;
  /** What one can try as them. */
  description: string;
}

export const demoOpenids = {
  worker: 'demo-worker',
  member: 'demo-member',
  staff: 'demo-staff',
  admin: 'demo-admin',
  /** Reviewer of another grassroots union: receives demo-member's 转会 in the demo. */
  staff2: 'demo-staff-2',
} as const;

const staffUnionName = demoUnionById(staffUnionId).name;

export const demoIdentities: readonly DemoIdentity[] = [
  {
    openid: demoOpenids.worker,
    label: '普通劳动者（未入会）',
    description: '外卖骑手，还没有入会。可以体验填写入会申请。',
  },
  {
    openid: demoOpenids.member,
    label: '已入会会员',
    description: `${staffUnionName}的会员，有会员号和电子会员卡。`,
  },
  {
    openid: demoOpenids.staff,
    label: '基层工会工作人员',
    description: `${staffUnionName}的审核员和服务专员，可以审核入会申请。`,
  },
  {
    openid: demoOpenids.admin,
    label: '区总工会管理员',
    description: `${demoUnionById(rootUnionId).name}的管理员，能看到全区所有工会。`,
  },
  {
    openid: demoOpenids.staff2,
    label: '另一个基层工会的工作人员',
    description: `${demoUnionById(secondStaffUnionId).name}的审核员，可以接收会员转入（转会审核）。`,
  },
];
