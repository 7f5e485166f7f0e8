import { defineErrors } from './define';

export const directoryErrors = defineErrors({
  'UNION.NOT_FOUND': { kind: 'notFound', message: '没有找到这个工会，请重新选择' },
  'UNION.NOT_ACCEPTING': { kind: 'input', message: '这个工会不直接接收会员，请选择下面的基层工会' },
});
