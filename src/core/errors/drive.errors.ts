import { defineErrors } from './define';

export const driveErrors = defineErrors({
  'DRIVE.NOT_FOUND': { kind: 'notFound', message: '没有找到这场活动，二维码可能已失效' },
});
