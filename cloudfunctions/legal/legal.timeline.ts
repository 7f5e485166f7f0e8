import { legalCaseStatusLabels } from '@core/enums/legal-case-status';
import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import { LegalCases } from '../common/collections/legal-cases.collection';
import { entriesPerSection } from '../common/timeline/by-id';
import type { TimelineSource } from '../common/timeline/timeline-source.port';

/** 法律援助 in 我的: each case the worker asked for help with, where it stands, opening its progress. */
export const legalTimeline: TimelineSource = {
  section: { key: 'legal', label: '法律援助' },
  entriesFor: async (openid, { store }) => {
    const cases = await store.find(LegalCases, { where: { applicantOpenid: openid }, orderBy: [['submittedAt', 'desc']], limit: entriesPerSection });
    return cases.items.map((doc) => ({
      id: `legal:${doc._id}`,
      section: 'legal',
      title: `申请法律援助：${legalCaseTypeLabels[doc.caseType]}`,
      detail: doc.unionName,
      at: doc.submittedAt,
      badge: legalCaseStatusLabels[doc.status],
      link: `/packages/legal/case?id=${encodeURIComponent(doc._id)}`,
    }));
  },
};
