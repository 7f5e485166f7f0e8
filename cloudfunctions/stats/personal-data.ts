import type { PersonalDataHolder } from '../common/personal-data/personal-data.port';
import { ExportFiles } from '../common/collections/export-files.collection';
import { removeExportFiles } from './export-files';

/**
 * Staff exports made in the last minutes (their link not yet expired, or the sweep not yet run) may
 * list the worker. Which ones do cannot be told without opening every file, and a worker may have
 * moved union since, so erasing removes every export still in storage: at worst a staff member asks
 * for a fresh export. Nothing to show in the worker's own export: the files are the union's reports.
 */
export const staffExportsHolder: PersonalDataHolder = {
  label: '工会导出的报表',
  collections: [ExportFiles.name],
  exportFor: async () => null,
  eraseFor: async (_openid, ports) => {
    const { failed } = await removeExportFiles(ports, {});
    // Fail the erasure, so the worker's retry (safe to run twice) finishes it.
    if (failed > 0) throw new Error(`${failed} export files could not be removed`);
  },
};
