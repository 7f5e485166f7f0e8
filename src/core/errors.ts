/**
 * Every failure a caller can see, with its stable dotted code, the plain-Chinese message shown to the
 * user and the kind that decides the HTTP status on the local host. Codes never change once shipped:
 * clients branch on them.
 */
export type ErrorKind =
  | 'input'
  | 'identity'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'rateLimited'
  | 'internal';

const defineErrors = <T extends Record<string, { kind: ErrorKind; message: string }>>(table: T) => table;

export const errors = defineErrors({
  'INPUT.INVALID': { kind: 'input', message: '填写的内容有误，请按提示修改' },
  'ACTION.UNKNOWN': { kind: 'notFound', message: '不支持这个操作，请更新小程序后再试' },
  'AUTH.NO_IDENTITY': { kind: 'identity', message: '请先登录' },
  'AUTH.FORBIDDEN': { kind: 'forbidden', message: '你没有权限进行这个操作' },
  'REQUEST.IN_PROGRESS': { kind: 'conflict', message: '上一次提交还在处理中，请稍候再看结果' },
  'RATE.LIMITED': { kind: 'rateLimited', message: '操作太频繁了，请稍后再试' },
  INTERNAL: { kind: 'internal', message: '系统繁忙，请稍后再试' },

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
  'MEMBER.NOT_MEMBER': { kind: 'notFound', message: '你还不是工会会员，入会通过后才有会员卡' },
  'MEMBER.APPLICATION_NOT_FOUND': { kind: 'notFound', message: '没有找到这份入会申请' },
  'MEMBER.NOT_PENDING': { kind: 'conflict', message: '这份申请已经处理过了，请刷新列表' },
  'UNION.NOT_FOUND': { kind: 'notFound', message: '没有找到这个工会，请重新选择' },
  'UNION.NOT_ACCEPTING': { kind: 'input', message: '这个工会不直接接收会员，请选择下面的基层工会' },
  'DRIVE.NOT_FOUND': { kind: 'notFound', message: '没有找到这场活动，二维码可能已失效' },
});

export type ErrorCode = keyof typeof errors;

export const errorKindOf = (code: ErrorCode): ErrorKind => errors[code].kind;
export const errorMessageOf = (code: ErrorCode): string => errors[code].message;

/** Codes any action may return, whatever its contract lists: the router produces them. */
export const routerErrorCodes = [
  'INPUT.INVALID',
  'ACTION.UNKNOWN',
  'AUTH.NO_IDENTITY',
  'AUTH.FORBIDDEN',
  'REQUEST.IN_PROGRESS',
  'RATE.LIMITED',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];
