import { defineErrors } from './define';

export const memberErrors = defineErrors({
  'MEMBER.ALREADY_JOINED': { kind: 'conflict', message: '你已经是工会会员了，不用重复申请' },
  'MEMBER.APPLICATION_PENDING': { kind: 'conflict', message: '你的入会申请正在审核中，请耐心等待' },
  'MEMBER.ID_NUMBER_TAKEN': {
    kind: 'conflict',
    message: '这个身份证号已经提交过入会申请。如果不是你本人提交的，请联系工会处理',
  },
  'MEMBER.PHONE_TAKEN': {
    kind: 'conflict',
    message: '这个手机号已被其他会员使用。请换一个手机号，或联系工会处理',
  },
  'MEMBER.CONSENT_OUTDATED': { kind: 'input', message: '隐私政策已更新，请重新阅读并同意后再提交' },
  /** Also what the router answers when an action is for members only. */
  'MEMBER.NOT_MEMBER': { kind: 'forbidden', message: '这项服务只对工会会员开放，入会通过后就能使用' },
  'MEMBER.APPLICATION_NOT_FOUND': { kind: 'notFound', message: '没有找到这份入会申请' },
  'MEMBER.NOT_PENDING': { kind: 'conflict', message: '这份申请已经处理过了，请刷新列表' },
});
