import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Times are epoch ms shown in Asia/Shanghai (DESIGN.md). China has one fixed +08:00 offset, so a UTC
 * offset does it without the Intl time-zone data some phones lack.
 */
const inShanghai = (ms: number) => dayjs.utc(ms).utcOffset(8 * 60);

/** 2026年11月29日 */
export const formatDate = (ms: number): string => inShanghai(ms).format('YYYY年M月D日');

/** 2026年11月29日 14:05 */
export const formatDateTime = (ms: number): string => inShanghai(ms).format('YYYY年M月D日 HH:mm');
