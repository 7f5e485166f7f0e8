import { legalCaseStatusLabels } from '@core/enums/legal-case-status';
import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import { contactTimeLabels, legalOutcomeLabels, otherPartyKindLabels } from '@core/enums/legal-case-terms';
import { LegalCases, type LegalCaseDoc } from '../common/collections/legal-cases.collection';
import { LegalUploads } from '../common/collections/legal-uploads.collection';
import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import type { Store } from '../common/ports/store.port';
import { describeTimeline } from './timeline';
import { withdrawOpenCasesOf } from './withdraw-open-cases';
import { isOpenCase } from '@core/rules/legal-case';
import { findAll } from '../common/runtime/find-all';

const casesOf = (store: Store, openid: string) =>
  findAll(store, LegalCases, { where: { applicantOpenid: openid }, orderBy: [['submittedAt', 'asc']] });
const uploadsOf = (store: Store, openid: string) => findAll(store, LegalUploads, { where: { owner: openid } });

/**
 * 法律援助 data of one worker (PIPL): their cases in full — story, contact phone and every timeline
 * text decrypted, evidence with temporary links — and their uploads. Erasing first closes open cases
 * as withdrawn (counters stay right), then removes the evidence files, the cases and the uploads.
 * Audit records keep only ids and summaries without the worker's words; counters are anonymous.
 */
export const legalPersonalData: PersonalDataHolder = {
  label: '法律援助',
  collections: [LegalCases.name, LegalUploads.name],
  exportFor: async (openid, { store, pii, files }) => {
    const cases = await casesOf(store, openid);
    const exportCase = async (doc: LegalCaseDoc) => ({
      编号: doc._id,
      问题类型: legalCaseTypeLabels[doc.caseType],
      状态: legalCaseStatusLabels[doc.status],
      工会: doc.unionName,
      对方: `${otherPartyKindLabels[doc.otherParty.kind]}：${doc.otherParty.name}`,
      涉及金额元: doc.amountClaimed,
      开始时间: doc.startedOn,
      经过: pii.decrypt(doc.storyCipher),
      联系电话: pii.decrypt(doc.contact.phoneCipher),
      方便接电话: contactTimeLabels[doc.contact.time],
      提交时间: new Date(doc.submittedAt).toISOString(),
      办结结果: doc.outcome ? legalOutcomeLabels[doc.outcome] : null,
      追回金额元: doc.amountRecovered,
      证据: await Promise.all(doc.evidence.map(async (file) => ({ 文件名: file.name, 大小: file.size, 临时链接: await files.url(file.fileId) }))),
      进展: describeTimeline(doc.timeline, 'applicant', pii).map((entry) => ({
        时间: new Date(entry.at).toISOString(),
        事项: entry.title,
        经办: entry.actor,
        内容: entry.text,
      })),
      评价: doc.rating ? { 星级: doc.rating.stars, 留言: doc.rating.commentCipher ? pii.decrypt(doc.rating.commentCipher) : null } : null,
    });
    const uploads = (await uploadsOf(store, openid)).filter((upload) => upload.caseId === null);
    return {
      案件: await Promise.all(cases.map(exportCase)),
      未提交的证据: uploads.map((upload) => ({ 文件名: upload.name, 大小: upload.size, 上传时间: new Date(upload.createdAt).toISOString() })),
    };
  },
  erasureWarningsFor: async (openid, { store }) => {
    const open = (await casesOf(store, openid)).filter((doc) => isOpenCase(doc.status)).length;
    return open > 0 ? [`你有${open}件还在办理的法律援助案件，删除前会作为“当事人撤回”关闭，工会不再跟进。`] : [];
  },
  eraseFor: async (openid, { store, files, clock }) => {
    const cases = await casesOf(store, openid);
    const withdrawn = await withdrawOpenCasesOf(openid, { store, clock });
    for (const doc of cases) {
      for (const file of doc.evidence) await files.remove(file.fileId);
      await store.remove(LegalCases, doc._id);
    }
    for (const upload of await uploadsOf(store, openid)) {
      await files.remove(upload.fileId);
      await store.remove(LegalUploads, upload._id);
    }
    return { notices: withdrawn > 0 ? [`你的${withdrawn}件法律援助案件已作为“当事人撤回”关闭。`] : [] };
  },
};

