import { legalContracts, type QueueView } from '@core/contracts/legal.contract';
import type { LegalCaseStatus } from '@core/enums/legal-case-status';
import { LegalCases } from '../common/collections/legal-cases.collection';
import type { OrderBy, Where } from '../common/ports/store.port';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { scopedPage } from '../member/scoped-paging';
import { toQueueRow } from './case-views';

const statusesOf: Record<QueueView, readonly LegalCaseStatus[]> = {
  waiting: ['submitted'],
  handling: ['accepted', 'assigned'],
  done: ['closed', 'declined'],
  overdue: ['submitted'],
};

/** Longest-waiting first; overdue by the deadline missed first; finished cases newest first. */
const orderOf: Record<QueueView, OrderBy> = {
  waiting: [['submittedAt', 'asc']],
  handling: [['submittedAt', 'asc']],
  done: [['updatedAt', 'desc']],
  overdue: [['answerBy', 'asc']],
};

/**
 * 法律援助案件: the cases of the caller's unions' subtrees only, with the working days left to answer
 * and overdue ones marked. An admin of a parent union sees its grassroots unions' overdue cases here.
 * Rows carry no story and no phone.
 */
export const listQueue = defineAction({
  contract: legalContracts.queue,
  access: staffWith('operator'),
  run: async (input, { caller, ports }) => {
    const now = ports.clock.now();
    const statuses = statusesOf[input.view];
    const page = await scopedPage(caller.scope?.unionPaths ?? [], input.cursor ?? null, (unionPath, cursor) => {
      const where: Where = {
        status: statuses.length === 1 ? statuses[0] : { $in: statuses },
        unionPath: { $prefix: unionPath },
        ...(input.caseType ? { caseType: input.caseType } : {}),
        ...(input.view === 'overdue' ? { answerBy: { $lt: now } } : {}),
      };
      return ports.store.find(LegalCases, { where, orderBy: orderOf[input.view], limit: input.limit, cursor });
    });
    return ok({ items: page.items.map((doc) => toQueueRow(doc, now)), nextCursor: page.nextCursor });
  },
});
