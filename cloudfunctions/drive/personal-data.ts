import { randomUUID } from 'node:crypto';
import { Signins, signinIdOf } from '../common/collections/signins.collection';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import { findAll } from '../common/runtime/find-all';

const pageSize = 100;

/**
 * 活动签到 of one worker: which drives they signed in to, when, as which occupation. Erasing keeps
 * each sign-in only as an anonymous one (a random id in place of the openid, in the `_id` too), so
 * the drives' counts of people reached still equal a recount of their sign-ins.
 */
export const driveSigninsHolder: PersonalDataHolder = {
  label: '活动签到',
  collections: [Signins.name],
  exportFor: async (openid, { store }) => {
    const signins = await findAll(store, Signins, { where: { openid }, orderBy: [['at', 'asc']] });
    return signins.map((signin) => ({ 活动: signin.driveId, 签到时间: signin.at, 职业: signin.occupation }));
  },
  eraseFor: async (openid, { store }) => {
    for (;;) {
      const page = await store.find(Signins, { where: { openid }, limit: pageSize });
      if (page.items.length === 0) return;
      for (const signin of page.items) {
        const anonymous = `erased-${randomUUID()}`;
        await store.transaction(async (tx) => {
          if (!(await tx.remove(Signins, signin._id))) return;
          await tx.insert(Signins, { ...signin, _id: signinIdOf(signin.driveId, anonymous), openid: anonymous });
        });
      }
    }
  },
};
