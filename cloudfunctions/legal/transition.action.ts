import { legalContracts } from '@core/contracts/legal.contract';
import type { TransitionInput } from '@core/contracts/legal-inputs';
import { legalCaseStatusLabels } from '@core/enums/legal-case-status';
import { statusAfter } from '@core/rules/legal-case';
import { Audit } from '../common/collections/audit.collection';
import { LegalCases, type LegalCaseDoc, type LegalHandler } from '../common/collections/legal-cases.collection';
import { LegalLawyers } from '../common/collections/legal-lawyers.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, fail, type Failure, isFailure, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import type { Ports } from '../common/runtime/ports';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { caseInScope } from './case-access';
import { staffActorOn } from './legal-actors';
import { countLegal } from './legal-counters';
import { notifyApplicant } from './notifications';
import { changeFor, type StepContext } from './transition-steps';

const stepLabels: Record<TransitionInput['step'], string> = {
  accept: '受理',
  decline: '不予受理',
  assign: '指派承办人',
  note: '记录进展',
  close: '办结',
};

/** 指派: to the caller themselves (union legal staff), or to a partner lawyer recorded at or above the case's union. */
const handlerFor = async (
  input: TransitionInput,
  doc: LegalCaseDoc,
  actor: StepContext['actor'],
  store: Ports['store'],
): Promise<LegalHandler | null | Failure<'LEGAL.LAWYER_NOT_FOUND'>> => {
  if (input.step !== 'assign') return null;
  if (input.handler.kind === 'self') return { kind: 'staff', openid: actor.openid, unionName: actor.unionName, role: actor.role, signature: actor.signature };
  const lawyer = await store.get(LegalLawyers, input.handler.lawyerId);
  if (!lawyer || !lawyer.active || !doc.unionPath.startsWith(lawyer.unionPath)) {
    return fail('LEGAL.LAWYER_NOT_FOUND', { fields: { 'handler.lawyerId': '请从列表里选择合作律师' } });
  }
  return { kind: 'lawyer', lawyerId: lawyer._id, name: lawyer.name, firm: lawyer.firm };
};

/**
 * One step of a case by staff of its unions: checked against the state machine inside the transaction
 * (two staff tapping at once: one wins, the other gets LEGAL.ILLEGAL_STEP), written with its timeline
 * entry, counters and audit record in one go; the worker is told after it lands.
 */
export const transitionCase = defineAction({
  contract: legalContracts.transition,
  access: staffWith('operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const found = await caseInScope(ports.store, input.caseId, caller);
    if (isFailure(found)) return found;
    const actor = await staffActorOn(ports.store, caller.openid, found.unionPath, input.signature);
    const handler = await handlerFor(input, found, actor, ports.store);
    if (isFailure(handler)) return handler;
    const now = ports.clock.now();

    const stepped = await inTransaction(ports.store, async (tx, abort: Abort<'LEGAL.CASE_NOT_FOUND' | 'LEGAL.ILLEGAL_STEP'>) => {
      const doc = await tx.get(LegalCases, found._id);
      if (!doc) return abort(fail('LEGAL.CASE_NOT_FOUND'));
      const status = statusAfter(doc.status, input.step);
      if (!status) {
        return abort(fail('LEGAL.ILLEGAL_STEP', { message: `案件现在是“${legalCaseStatusLabels[doc.status]}”，不能${stepLabels[input.step]}。请刷新后再看` }));
      }
      const change = changeFor(doc, input, { actor, handler, now, pii: ports.pii });
      const timeline = [...doc.timeline, change.entry];
      await tx.update(LegalCases, doc._id, { $set: { ...change.fields, status, timeline, updatedAt: now } });
      await countLegal(tx, doc, now, change.counters);
      await tx.insert(
        Audit,
        auditRecord(context, {
          action: `legal.${input.step}`,
          union: { id: doc.unionId, path: doc.unionPath },
          target: { collection: LegalCases.name, id: doc._id },
          summary: change.auditSummary,
        }),
      );
      return { doc: { ...doc, ...change.fields, status, timeline, updatedAt: now }, notice: change.notice };
    });
    if (!stepped.ok) return stepped;

    await notifyApplicant(ports, stepped.data.doc, stepped.data.notice.template, stepped.data.notice.result);
    return ok({ id: stepped.data.doc._id, status: stepped.data.doc.status });
  },
});
