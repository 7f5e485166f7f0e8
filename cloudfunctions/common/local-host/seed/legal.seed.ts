import { maskPhone } from '@core/rules/mask';
import { dayKey, monthKey } from '@core/rules/time';
import { answerDeadline, defaultAnswerWorkingDays } from '@core/rules/working-days';
import { Audit } from '../../collections/audit.collection';
import { LegalCases, type LegalActor, type LegalCaseDoc } from '../../collections/legal-cases.collection';
import { LegalLawyers, type LegalLawyerDoc } from '../../collections/legal-lawyers.collection';
import type { DocumentOps } from '../../ports/store.port';
import { countLegal, type LegalMetric } from '../../../legal/legal-counters';
import { timelineEntry } from '../../../legal/timeline';
import { demoOpenids } from './demo-identities';
import { demoMember } from './demo-people';
import { demoUnionById, demoUnionPathOf, rootUnionId, staffUnionId } from './demo-unions';
import { dayMs, type SeedContext, type SeedStep } from './seed-step';

/** The partner lawyer demo-admin recorded for the whole district. */
export const demoLawyerId = 'lawyer-jiangcheng-zhang';
/** demo-member's two cases: one 待受理 in demo-staff's queue, one 已办结 and rated. */
export const demoOpenCaseId = 'legal-demo-open';
export const demoClosedCaseId = 'legal-demo-closed';

const hourMs = 60 * 60 * 1000;

const staffUnion = { unionId: staffUnionId, unionPath: demoUnionPathOf(staffUnionId), unionName: demoUnionById(staffUnionId).name };
const demoStaffActor: LegalActor = { kind: 'staff', openid: demoOpenids.staff, unionName: staffUnion.unionName, role: 'operator', signature: null };

const lawyerOf = (now: number, pii: SeedContext['pii']): LegalLawyerDoc => ({
  _id: demoLawyerId,
  unionId: rootUnionId,
  unionPath: demoUnionPathOf(rootUnionId),
  unionName: demoUnionById(rootUnionId).name,
  name: '张建华',
  firm: '湖北江城律师事务所',
  phoneCipher: pii.encrypt('13871234567'),
  phoneMasked: maskPhone('13871234567'),
  active: true,
  recordedBy: demoOpenids.admin,
  createdAt: now - 60 * dayMs,
  updatedAt: now - 60 * dayMs,
});

/** A case as `legal.submit` writes it, `submittedAt` in the past. */
const caseOf = (id: string, submittedAt: number, pii: SeedContext['pii'], fields: Pick<LegalCaseDoc, 'caseType' | 'otherParty' | 'amountClaimed' | 'startedOn'> & { story: string }): LegalCaseDoc => ({
  _id: id,
  applicantOpenid: demoMember.openid,
  applicantName: demoMember.name,
  ...staffUnion,
  caseType: fields.caseType,
  status: 'submitted',
  otherParty: fields.otherParty,
  amountClaimed: fields.amountClaimed,
  startedOn: fields.startedOn,
  storyCipher: pii.encrypt(fields.story),
  contact: { phoneCipher: pii.encrypt(demoMember.phone), phoneMasked: maskPhone(demoMember.phone), time: 'evening' },
  evidence: [],
  timeline: [timelineEntry(pii, { at: submittedAt, kind: 'submitted', actor: { kind: 'applicant' }, count: 0 })],
  handler: null,
  submittedAt,
  answerBy: answerDeadline(submittedAt, defaultAnswerWorkingDays),
  answeredAt: null,
  closedAt: null,
  outcome: null,
  amountRecovered: null,
  rating: null,
  updatedAt: submittedAt,
});

const audited = (tx: DocumentOps, doc: LegalCaseDoc, at: number, action: string, summary: string) =>
  tx.insert(Audit, {
    _id: `seed-${doc._id}-${action}`,
    at,
    actorOpenid: demoOpenids.staff,
    action: `legal.${action}`,
    unionId: doc.unionId,
    unionPath: doc.unionPath,
    target: { collection: LegalCases.name, id: doc._id },
    summary,
    requestId: 'seed',
  });

/**
 * The story of the closed case, step by step, with the counters and audit records the actions would
 * have written on each day.
 */
const seedClosedCase = async (tx: DocumentOps, { now, pii }: SeedContext) => {
  const submittedAt = now - 40 * dayMs;
  const doc = caseOf(demoClosedCaseId, submittedAt, pii, {
    caseType: 'platformPenalty',
    otherParty: { kind: 'platform', name: '美团外卖长青站' },
    amountClaimed: 1500,
    startedOn: monthKey(submittedAt - 30 * dayMs),
    story: '系统判定我超时，一个月被扣了1500元，可那几天暴雨封路，我有导航截图和站长的聊天记录，申诉一直没人理。',
  });
  const lawyer = { kind: 'lawyer' as const, lawyerId: demoLawyerId, name: '张建华', firm: '湖北江城律师事务所' };
  const steps: Array<{ at: number; entry: Parameters<typeof timelineEntry>[1]; audit: [string, string]; count: Partial<Record<LegalMetric, number>> }> = [
    { at: submittedAt + 1 * dayMs, entry: { at: 0, kind: 'accepted', actor: demoStaffActor, text: '已收到，我们先帮你整理扣款明细，明天给你打电话。' }, audit: ['accept', '受理法律援助申请'], count: { accepted: 1 } },
    { at: submittedAt + 2 * dayMs, entry: { at: 0, kind: 'assigned', actor: demoStaffActor, handler: lawyer }, audit: ['assign', '指派承办人：张建华律师（湖北江城律师事务所）'], count: {} },
    { at: submittedAt + 9 * dayMs, entry: { at: 0, kind: 'note', actor: demoStaffActor, noteKind: 'mediation', eventDate: dayKey(submittedAt + 9 * dayMs), text: '与站点和平台区域负责人调解，对方同意复核暴雨期间的超时判定。' }, audit: ['note', '记录进展：调解'], count: {} },
    { at: submittedAt + 12 * dayMs, entry: { at: 0, kind: 'closed', actor: demoStaffActor, outcome: 'mediated', amount: 1500, text: '平台撤销了三笔超时罚款，1500元已退回到骑手账户。' }, audit: ['close', '办结：调解解决，追回1,500元'], count: { closed: 1, amountRecovered: 1500 } },
  ];
  await countLegal(tx, doc, submittedAt, { opened: 1 });
  const timeline = [...doc.timeline];
  for (const { at, entry, audit, count } of steps) {
    timeline.push(timelineEntry(pii, { ...entry, at }));
    await audited(tx, doc, at, audit[0], audit[1]);
    await countLegal(tx, doc, at, count);
  }
  const ratedAt = submittedAt + 13 * dayMs;
  const comment = '张律师很耐心，钱退回来了，谢谢工会！';
  timeline.push(timelineEntry(pii, { at: ratedAt, kind: 'rated', actor: { kind: 'applicant' }, count: 5, text: comment }));
  await countLegal(tx, doc, ratedAt, { rated: 1, ratingStars: 5 });
  await tx.insert(LegalCases, {
    ...doc,
    status: 'closed',
    timeline,
    handler: lawyer,
    answeredAt: steps[0].at,
    closedAt: steps[3].at,
    outcome: 'mediated',
    amountRecovered: 1500,
    rating: { stars: 5, commentCipher: pii.encrypt(comment), at: ratedAt },
    updatedAt: ratedAt,
  });
};

/** A partner lawyer, a 待受理 欠薪 case from yesterday and a closed, rated 平台罚款 case, all demo-member's. */
export const legalSeed: SeedStep = {
  name: 'legal',
  run: async (tx, context) => {
    const { now, pii } = context;
    await tx.insert(LegalLawyers, lawyerOf(now, pii));
    const submittedAt = now - 1 * dayMs - 2 * hourMs;
    const open = caseOf(demoOpenCaseId, submittedAt, pii, {
      caseType: 'wageArrears',
      otherParty: { kind: 'agent', name: '武汉速达劳务派遣有限公司' },
      amountClaimed: 4800,
      startedOn: monthKey(submittedAt - 45 * dayMs),
      story: '我通过劳务公司在站点跑单，上上个月的4800元工资到现在还没发，劳务公司说要等平台结算，电话也经常不接。',
    });
    await tx.insert(LegalCases, open);
    await countLegal(tx, open, submittedAt, { opened: 1 });
    await seedClosedCase(tx, context);
  },
};
