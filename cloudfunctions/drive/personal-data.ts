import { Signins, type SigninDoc } from '../common/collections/signins.collection';
import type { Page } from '../common/ports/store.port';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';

const pageSize = 100;

/**
 * 活动签到 of one worker: which drives they signed in to, when, as which occupation. Erasing removes
 * the sign-ins; the drives' counters keep the anonymous count of people reached.
 */
export const driveSigninsHolder: PersonalDataHolder = {
  label: '活动签到',
  collections: [Signins.name],
  exportFor: async (openid, { store }) => {
    const rows: Array<{ 活动: string; 签到时间: number; 职业: string }> = [];
    let cursor: string | null = null;
    do {
      const page: Page<SigninDoc> = await store.find(Signins, { where: { openid }, orderBy: [['at', 'asc']], limit: pageSize, cursor });
      rows.push(...page.items.map((signin) => ({ 活动: signin.driveId, 签到时间: signin.at, 职业: signin.occupation })));
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  },
  eraseFor: async (openid, { store }) => {
    await store.removeWhere(Signins, { openid });
  },
};
