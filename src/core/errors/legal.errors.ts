import { defineErrors } from './define';

export const legalErrors = defineErrors({
  'LEGAL.CASE_NOT_FOUND': { kind: 'notFound', message: '没有找到这个案件，请回到列表刷新' },
  'LEGAL.ILLEGAL_STEP': { kind: 'conflict', message: '案件现在的状态不能做这一步，请刷新后再看' },
  'LEGAL.CASE_ENDED': { kind: 'conflict', message: '这个案件已经结束，不能再补充证据。有新情况可以重新申请' },
  'LEGAL.NOT_CLOSED': { kind: 'conflict', message: '案件办结后才能评价' },
  'LEGAL.ALREADY_RATED': { kind: 'conflict', message: '你已经评价过这个案件了，谢谢你的反馈' },
  'LEGAL.UPLOAD_NOT_FOUND': { kind: 'input', message: '有一份证据没有上传成功，请删掉它重新添加' },
  'LEGAL.TOO_MANY_EVIDENCE': { kind: 'conflict', message: '一个案件最多保存20份证据，请挑最重要的上传' },
  'LEGAL.TOO_MANY_UPLOADS': { kind: 'rateLimited', message: '还没提交的证据太多了，请先提交申请再继续上传' },
  'LEGAL.LAWYER_NOT_FOUND': { kind: 'notFound', message: '没有找到这位合作律师，请重新选择' },
});
