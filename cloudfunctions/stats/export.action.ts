import { exportKindLabels, statsContracts } from '@core/contracts/stats.contract';
import { monthKey } from '@core/rules/time';
import { Audit } from '../common/collections/audit.collection';
import { staffWith } from '../common/runtime/access';
import { defineAction, ok } from '../common/runtime/action';
import { auditRecord } from '../common/runtime/audit';
import { drivesSheet } from './exports/drives-sheet';
import { membersSheet } from './exports/members-sheet';
import { monthlySheet } from './exports/monthly-sheet';
import { workbookOf, type Sheet } from './exports/sheet';
import { resolveFocus } from './stats-focus';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Long enough to download on a slow phone, short enough that a forwarded link soon stops working. */
const linkSeconds = 600;

/**
 * 导出: 会员名册, 活动台账 or 月度报表 of the caller's subtree as .xlsx, made here, stored through the
 * Files port and handed over as a temporary link. Lists carry only the masked ID and phone. Every
 * export is audited (who, what, how many rows), since it takes personal data out of the system.
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
    await ports.store.insert(
      Audit,
      auditRecord(context, {
        action: 'stats.export',
        union: { id: unionId, path: focus.path },
        target: { collection: 'files', id: fileId },
        summary: `导出${exportKindLabels[input.kind]}：${focus.name}${month ? ` ${month}` : ''}，${sheet.records}行${sheet.truncated ? '（未全部导出）' : ''}`,
      }),
    );
    return ok({ fileName, url: await ports.files.url(fileId, linkSeconds), rows: sheet.records, truncated: sheet.truncated });
  },
});
