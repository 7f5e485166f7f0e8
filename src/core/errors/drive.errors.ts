import { defineErrors } from './define';

export const driveErrors = defineErrors({
  'DRIVE.NOT_FOUND': { kind: 'notFound', message: '没有找到这场活动，二维码可能已失效' },
  'DRIVE.NOT_STARTED': { kind: 'conflict', message: '活动还没开始，开始前一小时可以签到' },
  'DRIVE.ENDED': { kind: 'conflict', message: '活动已经结束，不能再签到了' },
  'DRIVE.PARENT_NOT_ALLOWED': { kind: 'input', message: '新工会要建在街道、行业或区总工会下面，请换一个上级工会' },
  'DRIVE.UNION_EXISTS': { kind: 'conflict', message: '上级工会下面已经有同名的工会了，请检查是否重复登记' },
});
