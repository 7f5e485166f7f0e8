import type { ActionTable } from '../common/runtime/action';
import { listApplications } from './applications.action';
import { showMemberCard } from './card.action';
import { joinUnion } from './join.action';
import { describeMe } from './me.action';
import { reviewApplication } from './review.action';

export const memberActions: ActionTable<'member'> = {
  join: joinUnion,
  me: describeMe,
  card: showMemberCard,
  applications: listApplications,
  review: reviewApplication,
};
