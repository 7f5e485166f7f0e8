import { ExportFiles, type ExportFileDoc } from '../common/collections/export-files.collection';
import type { Page, Where } from '../common/ports/store.port';
import type { Ports } from '../common/runtime/ports';

/** Long enough to download on a slow phone, short enough that a forwarded link soon stops working. */
export const exportLinkSeconds = 600;

/** How long an export's file is kept: its link, and a minute for a download started just before the end. */
export const exportKeepMs = (exportLinkSeconds + 60) * 1000;

/**
 * Removes the export files `where` matches, then their records, oldest first. A file that cannot be
 * removed keeps its record, so the next run tries again; the others go on. Safe to run twice at once:
 * removing a file already gone is done, and only one run removes each record.
 */
export const removeExportFiles = async (
  { store, files }: Pick<Ports, 'store' | 'files'>,
  where: Where,
): Promise<{ removed: number; failed: number }> => {
  let removed = 0;
  let failed = 0;
  let cursor: string | null = null;
  do {
    const page: Page<ExportFileDoc> = await store.find(ExportFiles, { where, orderBy: [['removeAfter', 'asc']], limit: 100, cursor });
    for (const exported of page.items) {
      try {
        await files.remove(exported.fileId);
      } catch {
        failed += 1;
        continue;
      }
      if (await store.remove(ExportFiles, exported._id)) removed += 1;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return { removed, failed };
};
