import { useState } from 'react';
import { CampaignEditSchema, CampaignInputSchema, type CampaignAdminView, type CampaignEdit, type CampaignInput } from '@core/contracts/welfare.contract';
import type { Occupation } from '@core/enums/occupation';
import type { CampaignKind, PerPerson, StockMode } from '@core/enums/welfare';
import { dayKey } from '@core/rules/time';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import type { PictureChoice } from '../components/PicturePicker';

/** The form as typed: dates as `YYYY-MM-DD` (Asia/Shanghai), numbers as text until checked. */
export interface CampaignDraft {
  kind: CampaignKind;
  title: string;
  description: string;
  /** A picture chosen in this form; null sends none (a campaign being edited keeps its own); 'remove' takes it away. */
  picture: PictureChoice;
  unionId: string;
  membersOnly: boolean;
  occupations: Occupation[];
  perPerson: PerPerson;
  claimStart: string;
  claimEnd: string;
  pickupEnd: string;
  validHours: string;
  stockMode: StockMode;
  totalStock: string;
  stationIds: string[];
  stationStock: Record<string, string>;
}

const dayMs = 24 * 60 * 60 * 1000;
const startOf = (day: string) => Date.parse(`${day}T00:00:00+08:00`);
const endOf = (day: string) => Date.parse(`${day}T23:59:59+08:00`);
/** A number typed in a box; blank or junk stays what it is, so the schema can say what is wrong. */
const numberOf = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

export const blankDraft = (now: number, unionId: string): CampaignDraft => ({
  kind: 'cooling',
  title: '',
  description: '',
  picture: null,
  unionId,
  membersOnly: true,
  occupations: [],
  perPerson: 'once',
  claimStart: dayKey(now),
  claimEnd: dayKey(now + 30 * dayMs),
  pickupEnd: dayKey(now + 35 * dayMs),
  validHours: '72',
  stockMode: 'pooled',
  totalStock: '',
  stationIds: [],
  stationStock: {},
});

/** An existing campaign's editable settings as a draft (stations and stock are changed by top-ups). */
export const draftOf = (campaign: CampaignAdminView): CampaignDraft => ({
  ...blankDraft(campaign.claimStartsAt, campaign.union.id),
  kind: campaign.kind,
  title: campaign.title,
  description: campaign.description,
  membersOnly: campaign.membersOnly,
  occupations: campaign.occupations,
  perPerson: campaign.perPerson,
  claimStart: dayKey(campaign.claimStartsAt),
  claimEnd: dayKey(campaign.claimEndsAt),
  pickupEnd: dayKey(campaign.pickupEndsAt),
  validHours: String(campaign.voucherValidHours),
  stockMode: campaign.stockMode,
  stationIds: campaign.stations.map((s) => s.id),
});

/** The create input: pick-up opens when claiming does; the days run from midnight to midnight. */
export const inputOf = (draft: CampaignDraft): CampaignInput => ({
  unionId: draft.unionId,
  kind: draft.kind,
  title: draft.title,
  description: draft.description,
  ...(draft.picture && draft.picture !== 'remove' ? { picture: draft.picture.upload } : {}),
  membersOnly: draft.membersOnly,
  occupations: draft.membersOnly ? [] : draft.occupations,
  perPerson: draft.perPerson,
  claimStartsAt: startOf(draft.claimStart),
  claimEndsAt: endOf(draft.claimEnd),
  pickupStartsAt: startOf(draft.claimStart),
  pickupEndsAt: endOf(draft.pickupEnd),
  voucherValidHours: numberOf(draft.validHours) as number,
  stockMode: draft.stockMode,
  ...(draft.stockMode === 'pooled' ? { totalStock: numberOf(draft.totalStock) } : {}),
  stations: draft.stationIds.map((stationId) => ({
    stationId,
    ...(draft.stockMode === 'perStation' ? { stock: numberOf(draft.stationStock[stationId] ?? '') } : {}),
  })),
});

export const editOf = (campaignId: string, draft: CampaignDraft): CampaignEdit => {
  const { unionId: _u, kind: _k, perPerson: _p, stockMode: _s, totalStock: _t, stations: _st, ...editable } = inputOf(draft);
  return { campaignId, ...editable, ...(draft.picture === 'remove' ? { picture: null } : {}) };
};

/** Field problems in Chinese, by path (`title`, `stations.0.stock`), from the same schemas the server checks. */
export const problemsOf = (mode: 'create' | 'edit', value: CampaignInput | CampaignEdit): Record<string, string> => {
  const checked = (mode === 'create' ? CampaignInputSchema : CampaignEditSchema).safeParse(value, { errorMap: chineseErrorMap });
  return checked.success ? {} : fieldErrorsOf(checked.error);
};

export function useCampaignDraft(initial: CampaignDraft) {
  const [draft, setDraft] = useState(initial);
  const update = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const toggle = <T extends string>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  return { draft, setDraft, update, toggle };
}
