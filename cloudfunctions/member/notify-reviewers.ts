import { Staff } from '../common/collections/staff.collection';
import type { NotificationData } from '../common/ports/notifier.port';
import type { Ports } from '../common/runtime/ports';

/**
 * Tells the reviewers of one union that something waits for them (a transfer, a phone to check). Only
 * grants on that very union: staff higher up see it in their queues without a message each time. The
 * data never names the worker: the message is about the queue, not the person.
 */
export const notifyUnionReviewers = async <T extends 'transferRequested' | 'phoneConflictReported'>(
  ports: Pick<Ports, 'store' | 'notifier'>,
  union: { unionPath: string; unionName: string },
  template: T,
  data: Omit<NotificationData<T>, 'union'>,
  page: string,
): Promise<void> => {
  const grants = await ports.store.find(Staff, { where: { unionPath: union.unionPath }, limit: 100 });
  const reviewers = grants.items.filter((grant) => grant.roles.includes('reviewer') || grant.roles.includes('admin'));
  const message = { union: union.unionName, ...data } as NotificationData<T>;
  for (const grant of reviewers) await ports.notifier.notify(grant.openid, template, message, page);
};
