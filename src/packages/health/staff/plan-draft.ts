import type { CreatePlanInput } from '@core/contracts/health.contract';
import type { HealthItem, SiteKind } from '@core/enums/health-labels';
import type { Occupation } from '@core/enums/occupation-labels';
import { shanghaiTime } from '@core/rules/health-booking';
import { newRequestId } from '../../../services/request-id';
import { readStored, removeStored, writeStored } from '../../../utils/storage';

/** The 新建体检计划 form as typed: text for numbers and dates, kept on the phone until it is sent. */
export interface PlanDraft {
  title: string;
  unionId: string;
  provider: string;
  items: HealthItem[];
  notes: string;
  sites: Array<{ name: string; address: string; kind: SiteKind }>;
  firstDay: string;
  lastDay: string;
  /** The day booking opens, at 08:00. */
  opensOn: string;
  priorityDays: string;
  lateDays: string;
  cutoffHours: string;
  occupations: Occupation[];
  ageMin: string;
  ageMax: string;
  requestId: string;
}

const key = 'nuanxin.healthPlanDraft';

export const emptyPlanDraft = (today: string): PlanDraft => ({
  title: '',
  unionId: '',
  provider: '',
  items: ['bloodPressure', 'bloodRoutine', 'liverFunction', 'bloodSugar', 'bloodLipids', 'ecg', 'chestDr'],
  notes: '',
  sites: [{ name: '', address: '', kind: 'hospital' }],
  firstDay: '',
  lastDay: '',
  opensOn: today,
  priorityDays: '3',
  lateDays: '2',
  cutoffHours: '24',
  occupations: [],
  ageMin: '18',
  ageMax: '60',
  requestId: newRequestId(),
});

export const loadPlanDraft = (today: string): PlanDraft => ({ ...emptyPlanDraft(today), ...(readStored<Partial<PlanDraft>>(key) ?? {}) });
export const savePlanDraft = (draft: PlanDraft) => writeStored(key, draft);
export const clearPlanDraft = () => removeStored(key);

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
const optionalNumberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The draft as createPlan's input; the contract's schema then says what is wrong, field by field. */
export const planInputOf = (draft: PlanDraft): CreatePlanInput => ({
  title: draft.title,
  unionId: draft.unionId,
  provider: draft.provider,
  items: draft.items,
  notes: draft.notes
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
  occupations: draft.occupations,
  ageMin: optionalNumberOf(draft.ageMin),
  ageMax: optionalNumberOf(draft.ageMax),
  sites: draft.sites,
  firstDay: draft.firstDay.trim(),
  lastDay: draft.lastDay.trim(),
  opensAt: /^\d{4}-\d{2}-\d{2}$/.test(draft.opensOn.trim()) ? shanghaiTime(draft.opensOn.trim(), '08:00') : Number.NaN,
  priorityDays: numberOf(draft.priorityDays),
  lateDays: numberOf(draft.lateDays),
  cutoffHours: numberOf(draft.cutoffHours),
});
