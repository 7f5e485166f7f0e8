import type { CreateDriveInput } from '@core/contracts/drive.contract';
import type { DriveKind } from '@core/enums/drive-kind';
import type { Occupation } from '@core/enums/occupation';
import { newRequestId } from '../../../services/request-id';
import { readStored, removeStored, writeStored } from '../../../utils/storage';

/**
 * The new-drive form as staff fill it: times as one-tap choices (a day of the coming week, a start
 * hour, a length) rather than date pickers, kept in storage until the drive is created.
 */
export interface DriveDraft {
  title: string;
  kinds: DriveKind[];
  unionId: string;
  place: string;
  /** The place on the map (GCJ-02) as typed or filled from the phone's position; both '' for none. */
  lat: string;
  lng: string;
  dayOffset: number;
  /** A whole hour, or null for 现在: a drive that starts as it is created (staff already on site). */
  startHour: number | null;
  hours: number;
  occupations: Occupation[];
  platforms: string[];
  notes: string;
  /** The 送温暖 / 送清凉 campaign joiners may claim from; '' for none. */
  welfareCampaignId: string;
  requestId: string;
}

const key = 'nuanxin.driveDraft';
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const shanghaiOffsetMs = 8 * hourMs;

export const emptyDriveDraft = (): DriveDraft => ({
  title: '',
  kinds: ['founding'],
  unionId: '',
  place: '',
  lat: '',
  lng: '',
  dayOffset: 0,
  startHour: 14,
  hours: 3,
  occupations: [],
  platforms: [],
  notes: '',
  welfareCampaignId: '',
  requestId: newRequestId(),
});

export const loadDriveDraft = (): DriveDraft => ({ ...emptyDriveDraft(), ...(readStored<Partial<DriveDraft>>(key) ?? {}) });
export const saveDriveDraft = (draft: DriveDraft): void => writeStored(key, draft);
export const clearDriveDraft = (): void => removeStored(key);

/** Midnight in Asia/Shanghai of the day `offset` days after `now`'s. */
const shanghaiDayStart = (now: number, offset: number) => Math.floor((now + shanghaiOffsetMs) / dayMs) * dayMs - shanghaiOffsetMs + offset * dayMs;

const fiveMinutesMs = 5 * 60_000;

export const startsAtOf = (draft: Pick<DriveDraft, 'dayOffset' | 'startHour'>, now: number): number =>
  draft.startHour === null ? Math.floor(now / fiveMinutesMs) * fiveMinutesMs : shanghaiDayStart(now, draft.dayOffset) + draft.startHour * hourMs;

/** Half a position is not one: a lone or unreadable number goes as NaN, for the schema to refuse. */
const locationOf = ({ lat, lng }: Pick<DriveDraft, 'lat' | 'lng'>): CreateDriveInput['location'] => {
  if (lat.trim() === '' && lng.trim() === '') return undefined;
  const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return { latitude: numberOf(lat), longitude: numberOf(lng) };
};

export const inputOf = (draft: DriveDraft, now: number): CreateDriveInput => {
  const startsAt = startsAtOf(draft, now);
  const location = locationOf(draft);
  return {
    title: draft.title,
    kinds: draft.kinds,
    unionId: draft.unionId,
    place: draft.place,
    ...(location ? { location } : {}),
    startsAt,
    endsAt: startsAt + draft.hours * hourMs,
    audience: { occupations: draft.occupations, platforms: draft.platforms },
    ...(draft.notes.trim() ? { notes: draft.notes } : {}),
    ...(draft.welfareCampaignId ? { welfareCampaignId: draft.welfareCampaignId } : {}),
  };
};

const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** 今天 / 明天 / 后天, then `12月3日 周四`. */
export const dayLabelOf = (now: number, offset: number): string => {
  if (offset < 3) return ['今天', '明天', '后天'][offset];
  const day = new Date(shanghaiDayStart(now, offset) + shanghaiOffsetMs);
  return `${day.getUTCMonth() + 1}月${day.getUTCDate()}日 ${weekdays[day.getUTCDay()]}`;
};
