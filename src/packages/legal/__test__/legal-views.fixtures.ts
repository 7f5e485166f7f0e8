import type { StaffCaseView, TimelineEntryView, WorkerCaseView } from '@core/contracts/legal-views';

/** Answers the legal function gives, shaped by its contract, for component tests. */
const timeline: TimelineEntryView[] = [
  { at: 1_795_000_000_000, kind: 'submitted', noteKind: null, title: '提交法律援助申请', actor: '你', text: null },
  { at: 1_795_000_100_000, kind: 'accepted', noteKind: null, title: '工会已受理', actor: '长青站点工会 · 服务专员', text: '我们明天给你打电话' },
];

export const workerCase = (overrides: Partial<WorkerCaseView> = {}): WorkerCaseView => ({
  id: 'case-1',
  caseType: 'wageArrears',
  status: 'accepted',
  union: { id: 'g1', name: '长青站点工会' },
  otherParty: { kind: 'company', name: '长青配送站' },
  amountClaimed: 7200,
  submittedAt: 1_795_000_000_000,
  updatedAt: 1_795_000_100_000,
  answerBy: 1_795_300_000_000,
  evidenceCount: 1,
  handler: null,
  rated: false,
  story: '两个月工资7200元没发。',
  startedOn: '2026-10',
  contact: { phoneMasked: '139****5678', time: 'evening' },
  evidence: [{ id: 'e1', name: '工资条.jpg', contentType: 'image/jpeg', size: 20480, addedAt: 1, url: '/files/legal/e1.jpg' }],
  timeline,
  outcome: null,
  amountRecovered: null,
  rating: null,
  canAddEvidence: true,
  canRate: false,
  ...overrides,
});

export const staffCase = (overrides: Partial<StaffCaseView> = {}): StaffCaseView => ({
  ...workerCase({ status: 'submitted' }),
  timeline: [{ ...timeline[0], actor: '申请人' }],
  applicantName: '李明辉',
  daysLeft: 2,
  overdue: false,
  answeredLate: false,
  nextSteps: ['accept', 'decline'],
  lawyerId: null,
  signing: { unionName: '长青站点工会', unsigned: '长青站点工会 · 服务专员' },
  ...overrides,
});
