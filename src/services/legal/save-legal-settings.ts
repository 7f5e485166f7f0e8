import { call } from '../call';

/** Sets a union's answer commitment in working days. */
export const saveLegalSettings = (unionId: string, answerWorkingDays: number, requestId: string) =>
  call('legal', 'saveSettings', { unionId, answerWorkingDays }, { requestId });
