import { randomUUID } from 'node:crypto';
import { legalContracts } from '@core/contracts/legal.contract';
import { maskPhone } from '@core/rules/mask';
import { monthKey } from '@core/rules/time';
import { answerDeadline } from '@core/rules/working-days';
import { LegalCases, type LegalCaseDoc } from '../common/collections/legal-cases.collection';
import { members } from '../common/runtime/access';
import { defineAction, fail, ok } from '../common/runtime/action';
import { inTransaction, type Abort } from '../common/runtime/transaction';
import { answerWorkingDaysFor } from './answer-deadline';
import { attachUploads } from './evidence-uploads';
import { countLegal } from './legal-counters';
import { notifyApplicant, notifyUnionStaff } from './notifications';
import { timelineEntry } from './timeline';

/**
 * 申请法律援助: a member asks their own union for help. The case, its evidence (uploaded beforehand),
 * the `opened` counter and the answer deadline (the union's working-day commitment) are one write;
 * the worker and the union's staff are told after it lands. Retries with the same requestId get the
 * first answer (router), so a tap on a bad network files one case.
 */
export const submitCase = defineAction({
  contract: legalContracts.submit,
  access: members,
  run: async (input, { caller, ports }) => {
    const member = caller.member!;
    const now = ports.clock.now();
    if (input.startedOn > monthKey(now)) {
      return fail('INPUT.INVALID', { fields: { startedOn: '开始时间不能晚于这个月' } });
    }
    const { days } = await answerWorkingDaysFor(ports.store, member.unionPath);
    const caseId = randomUUID();

    const filed = await inTransaction(ports.store, async (tx, abort: Abort<'LEGAL.UPLOAD_NOT_FOUND'>) => {
      const evidence = await attachUploads(tx, abort, { owner: caller.openid, uploadIds: input.evidence, caseId, at: now, field: 'evidence' });
      const doc: LegalCaseDoc = {
        _id: caseId,
        applicantOpenid: caller.openid,
        applicantName: member.name,
        unionId: member.unionId,
        unionPath: member.unionPath,
        unionName: member.unionName,
        caseType: input.caseType,
        status: 'submitted',
        otherParty: input.otherParty,
        amountClaimed: input.amountClaimed ?? null,
        startedOn: input.startedOn,
        storyCipher: ports.pii.encrypt(input.story),
        contact: { phoneCipher: ports.pii.encrypt(input.contact.phone), phoneMasked: maskPhone(input.contact.phone), time: input.contact.time },
        evidence,
        timeline: [timelineEntry(ports.pii, { at: now, kind: 'submitted', actor: { kind: 'applicant' }, count: evidence.length })],
        handler: null,
        submittedAt: now,
        answerBy: answerDeadline(now, days),
        answeredAt: null,
        closedAt: null,
        outcome: null,
        amountRecovered: null,
        rating: null,
        updatedAt: now,
      };
      await tx.insert(LegalCases, doc);
      await countLegal(tx, doc, now, { opened: 1 });
      return doc;
    });
    if (!filed.ok) return filed;

    await notifyApplicant(ports, filed.data, 'legalReceived', '已收到你的法律援助申请');
    await notifyUnionStaff(ports, filed.data);
    return ok({ id: filed.data._id, status: filed.data.status, answerBy: filed.data.answerBy });
  },
});
