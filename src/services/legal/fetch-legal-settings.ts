import { call } from '../call';

/** Fetches a union's answer commitment (working days) and where it comes from. */
export const fetchLegalSettings = (unionId: string) => call('legal', 'settings', { unionId });
