import { defineErrors } from './define';

export const directoryErrors = defineErrors({
  'UNION.NOT_FOUND': { kind: 'notFound', message: '没有找到这个工会，请重新选择' },
  'UNION.NOT_ACCEPTING': { kind: 'input', message: '这个工会不直接接收会员，请选择下面的基层工会' },
  'STATION.NOT_FOUND': { kind: 'notFound', message: '没有找到这个驿站，请刷新后再看' },
  'STATION.PHOTO_INVALID': { kind: 'input', message: '照片格式不对，请选择 JPG、PNG 或 WebP 图片' },
});
