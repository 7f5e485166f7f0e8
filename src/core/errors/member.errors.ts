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
    message: '这个手机号已被其他记录使用。如果号码确实是你的（比如换过号、号码被重新分配），可以申请工会核实；也可以换一个手机号',
  },
  'MEMBER.CONSENT_OUTDATED': { kind: 'input', message: '隐私政策已更新，请重新阅读并同意后再提交' },
  /** Also what the router answers when an action is for members only. */
  'MEMBER.NOT_MEMBER': { kind: 'forbidden', message: '这项服务只对工会会员开放，入会通过后就能使用' },
  'MEMBER.APPLICATION_NOT_FOUND': { kind: 'notFound', message: '没有找到这份入会申请' },
  'MEMBER.NOT_PENDING': { kind: 'conflict', message: '这份申请已经处理过了，请刷新列表' },
  'MEMBER.NOT_FOUND': { kind: 'notFound', message: '没有找到这位会员，请核对会员号' },
  'MEMBER.TRANSFER_SAME_UNION': { kind: 'input', message: '已经在这个工会了，请选择另一个工会' },
  'MEMBER.TRANSFER_PENDING': { kind: 'conflict', message: '已有一份转会申请在等待接收，请等它处理完或先撤回' },
  'MEMBER.TRANSFER_NOT_FOUND': { kind: 'notFound', message: '没有找到这份转会申请' },
  'MEMBER.TRANSFER_NOT_PENDING': { kind: 'conflict', message: '这份转会申请已经处理过了，请刷新' },
  'MEMBER.PHONE_UNCHANGED': { kind: 'input', message: '新手机号和现在登记的一样，不用更换' },
  'MEMBER.PHONE_NOT_TAKEN': { kind: 'conflict', message: '这个手机号现在没有被其他记录占用，可以直接使用' },
  'MEMBER.CONFLICT_NOT_FOUND': { kind: 'notFound', message: '没有找到这份手机号核实申请' },
  'MEMBER.CONFLICT_NOT_OPEN': { kind: 'conflict', message: '这份核实申请已经处理过了，请刷新' },
  'MEMBER.STAFF_CANNOT_ERASE': {
    kind: 'conflict',
    message: '你还担任工会工作人员，工作记录需要保留。请先请管理员撤销你的工作人员身份，再删除个人信息',
  },
});
