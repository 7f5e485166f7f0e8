import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { occupationLabels, type Occupation } from '@core/enums/occupation';

dayjs.extend(utc);

/** 7月15日 18:00, in Asia/Shanghai: within a campaign the year goes without saying. */
export const formatWhen = (ms: number): string => dayjs.utc(ms).utcOffset(8 * 60).format('M月D日 HH:mm');

/** 7月15日 */
export const formatDay = (ms: number): string => dayjs.utc(ms).utcOffset(8 * 60).format('M月D日');

/** Who may claim: 工会会员 / 工会会员，以及外卖骑手、快递员. */
export const eligibilityText = (campaign: { membersOnly: boolean; occupations: readonly Occupation[]; union: { name: string } }): string =>
  campaign.membersOnly
    ? `${campaign.union.name}的会员`
    : `${campaign.union.name}的会员，以及${campaign.occupations.map((o) => occupationLabels[o]).join('、')}`;
