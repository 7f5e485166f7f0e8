import { call } from '../call';

/** Erases everything about the worker (the page has asked twice before calling). */
export const deleteMyData = (requestId: string) => call('member', 'deleteMine', { confirm: '删除我的全部信息' }, { requestId });
