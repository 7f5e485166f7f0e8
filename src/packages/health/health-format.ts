import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** Asia/Shanghai is a fixed +08:00 (DESIGN.md): no time-zone data needed on the phone. */
const inShanghai = (ms: number) => dayjs.utc(ms).utcOffset(8 * 60);
const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** `2026-12-03` → 12月3日 周四 */
export const dayLabel = (day: string): string => {
  const date = dayjs.utc(`${day}T00:00:00Z`);
  return `${date.month() + 1}月${date.date()}日 ${weekdays[date.day()]}`;
};

/** 08:00-08:30 */
export const timeRange = (startsAt: number, endsAt: number): string => `${inShanghai(startsAt).format('HH:mm')}-${inShanghai(endsAt).format('HH:mm')}`;

/** 12月3日 周四 08:00-08:30 */
export const slotWhen = (startsAt: number, endsAt: number): string => `${dayLabel(inShanghai(startsAt).format('YYYY-MM-DD'))} ${timeRange(startsAt, endsAt)}`;

/** 12月2日 08:00 */
export const shortMoment = (ms: number): string => inShanghai(ms).format('M月D日 HH:mm');

/** `2026-12-03` of an instant in Asia/Shanghai. */
export const dayOf = (ms: number): string => inShanghai(ms).format('YYYY-MM-DD');

/** K7M2Q9XD → K7M2-Q9XD: easier to read out and to type. */
export const formatCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
