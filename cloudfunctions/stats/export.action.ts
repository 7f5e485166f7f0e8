import { exportKindLabels, statsContracts } from '@core/contracts/stats.contract';
import { monthKey } from '@core/rules/time';
import { Audit } from '../common/collections/audit.collection';
import { ExportFiles } from '../common/collections/export-files.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { drivesSheet } from './exports/drives-sheet';
import { membersSheet } from './exports/members-sheet';
import { exportKeepMs, exportLinkSeconds } from './export-files';
import { monthlySheet } from './exports/monthly-sheet';
import { workbookOf, type Sheet } from './exports/sheet';
import { resolveFocus } from './stats-focus';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 导出: 会员名册, 活动台账 or 月度报表 of the caller's subtree as .xlsx, made here, stored through the
 * Files port and handed over as a temporary link. Lists carry only the masked ID and phone. Every
 * export is audited (who, what, how many rows), since it takes personal data out of the system, and
 * recorded in `exportFiles` with the audit entry, so `exportsSweep` removes the file once its link
 * has expired (and 删除我的信息 removes it sooner).
 */
export const exportReport = defineAction({
  contract: statsContracts.export,
  access: staffWith('reviewer', 'operator'),
  run: async (input, context) => {
    const { caller, ports } = context;
    const focus = await resolveFocus(ports.store, caller.scope, input.unionId);
    if ('ok' in focus) return focus;
    const now = ports.clock.now();
    const month = input.month ?? (input.kind === 'monthly' ? monthKey(now) : undefined);

    const sheet: Sheet =
      input.kind === 'members'
        ? await membersSheet(ports.store, focus, month)
        : input.kind === 'drives'
          ? await drivesSheet(ports.store, focus, month)
          : await monthlySheet(ports.store, focus, month ?? monthKey(now), now);
    const fileName = `${exportKindLabels[input.kind]}-${focus.name}${month ? `-${month}` : ''}.xlsx`;
    const fileId = await ports.files.put('exports', { name: fileName, contentType: xlsxType, bytes: await workbookOf(sheet) });

    const unionId = focus.id ?? focus.path.split('/').filter(Boolean).at(-1) ?? 'root';
    const audit = auditRecord(context, {
      action: 'stats.export',
      union: { id: unionId, path: focus.path },
      target: { collection: 'files', id: fileId },
      summary: `导出${exportKindLabels[input.kind]}：${focus.name}${month ? ` ${month}` : ''}，${sheet.records}行${sheet.truncated ? '（未全部导出）' : ''}`,
    });
    try {
      await ports.store.transaction(async (tx) => {
        await tx.insert(Audit, audit);
        await tx.insert(ExportFiles, { _id: audit._id, fileId, removeAfter: now + exportKeepMs, createdAt: now });
      });
    } catch (error) {
      // Unrecorded, nothing would ever remove it.
      await ports.files.remove(fileId);
      throw error;
    }
    return ok({ fileName, url: await ports.files.url(fileId, exportLinkSeconds), rows: sheet.records, truncated: sheet.truncated });
  },
});
