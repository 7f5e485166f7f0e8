import { occupationLabels } from '@core/enums/occupation';
import { dayKey, monthKey } from '@core/rules/time';
import { Members, type MemberDoc } from '../../common/collections/members.collection';
import type { Page, Store } from '../../common/ports/store.port';
import type { Focus } from '../stats-focus';
import type { Sheet } from './sheet';

/** One file's worth: enough for a district's month, and within a function's few seconds. */
export const maxMemberRows = 5000;

/**
 * 会员名册: the approved members of the focus subtrees (joined in `month` when given), oldest
 * application first. ID number and phone only as stored masked — the ciphertext is never opened here.
 */
export const membersSheet = async (store: Store, focus: Focus, month: string | undefined): Promise<Sheet> => {
  const members: MemberDoc[] = [];
  let truncated = false;
  for (const path of focus.paths) {
    let cursor: string | null = null;
    do {
      const page: Page<MemberDoc> = await store.find(Members, {
        where: { status: 'approved', unionPath: { $prefix: path } },
        orderBy: [['submittedAt', 'asc']],
        limit: 100,
        cursor,
      });
      members.push(...page.items.filter((member) => !month || (member.joinedAt !== null && monthKey(member.joinedAt) === month)));
      cursor = page.nextCursor;
      if (members.length >= maxMemberRows) {
        truncated = cursor !== null || members.length > maxMemberRows;
        cursor = null;
      }
    } while (cursor);
    if (members.length >= maxMemberRows) break;
  }
  const rows = members.slice(0, maxMemberRows).map((member) => [
    member.memberNo,
    member.name,
    member.idMasked,
    member.phoneMasked,
    occupationLabels[member.occupation],
    member.employer,
    member.workArea,
    member.unionName,
    member.joinedAt === null ? null : dayKey(member.joinedAt),
    member.driveId ? '活动现场入会' : '自行申请',
  ]);
  return {
    name: '会员名册',
    columns: [
      { header: '会员号', width: 16 },
      { header: '姓名', width: 10 },
      { header: '身份证号', width: 22 },
      { header: '手机号', width: 14 },
      { header: '职业', width: 12 },
      { header: '平台或单位', width: 18 },
      { header: '工作区域', width: 20 },
      { header: '所属工会', width: 30 },
      { header: '入会日期', width: 12 },
      { header: '入会方式', width: 14 },
    ],
    rows,
    records: rows.length,
    truncated,
  };
};
