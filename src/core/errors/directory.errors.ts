import { defineErrors } from './define';

export const directoryErrors = defineErrors({
  'UNION.NOT_FOUND': { kind: 'notFound', message: '没有找到这个工会，请重新选择' },
  'UNION.NOT_ACCEPTING': { kind: 'input', message: '这个工会不直接接收会员，请选择下面的基层工会' },
  'STATION.NOT_FOUND': { kind: 'notFound', message: '没有找到这个驿站，请刷新后再看' },
  'STATION.PHOTO_INVALID': { kind: 'input', message: '照片格式不对，请选择 JPG、PNG 或 WebP 图片' },
  'UNION.LEVEL_NOT_ALLOWED': { kind: 'input', message: '这一级工会下面不能建这种工会：基层工会下面不能再建，街道和行业工会下面只建基层工会' },
  'UNION.NAME_TAKEN': { kind: 'conflict', message: '上级工会下面已经有同名的工会了，请检查是否重复登记' },
  'UNION.MOVE_NOT_ALLOWED': { kind: 'input', message: '工会不能改到别的上级工会下面；如确需调整，请联系系统管理员' },
  'UNION.FOUNDED_IN_FUTURE': { kind: 'input', message: '成立日期不能晚于今天' },
  'STAFF.GRANT_NOT_FOUND': { kind: 'notFound', message: '没有找到这条工作人员记录，请刷新后再看' },
  'STAFF.OWN_ADMIN': { kind: 'input', message: '不能取消自己在本工会的管理员角色，请由另一位管理员或上级工会的管理员办理' },
});
