import { defineErrors } from './define';

/** Failures the router itself produces, for any action. */
export const commonErrors = defineErrors({
  'INPUT.INVALID': { kind: 'input', message: '填写的内容有误，请按提示修改' },
  'ACTION.UNKNOWN': { kind: 'notFound', message: '不支持这个操作，请更新小程序后再试' },
  'AUTH.NO_IDENTITY': { kind: 'identity', message: '请先登录' },
  'AUTH.FORBIDDEN': { kind: 'forbidden', message: '你没有权限进行这个操作' },
  'REQUEST.IN_PROGRESS': { kind: 'conflict', message: '上一次提交还在处理中，请稍候再看结果' },
  'RATE.LIMITED': { kind: 'rateLimited', message: '操作太频繁了，请稍后再试' },
  INTERNAL: { kind: 'internal', message: '系统繁忙，请稍后再试' },
});
