import type { ScheduledJob } from '../common/runtime/job';
import { removeExportFiles } from './export-files';

/**
 * Removes staff exports (.xlsx with members' names and masked ID and phone) once the temporary link
 * they were handed over with has expired: nobody can download them any more, so nothing should keep them.
 */
export const exportsSweep: ScheduledJob = {
  name: 'exportsSweep',
  everyMinutes: 10,
  run: async (ports) => removeExportFiles(ports, { removeAfter: { $lt: ports.clock.now() } }),
};
