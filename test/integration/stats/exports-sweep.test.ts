import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { ExportFiles } from '../../../cloudfunctions/common/collections/export-files.collection';
import { scheduledJobs } from '../../../cloudfunctions/scheduled-jobs';
import { exportKeepMs, exportLinkSeconds } from '../../../cloudfunctions/stats/export-files';
import { exportsSweep } from '../../../cloudfunctions/stats/exports-sweep.job';
import { createWorld, type World } from '../../support/world';

describe('exportsSweep', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => {
    jest.restoreAllMocks();
    world.close();
  });

  const exportMembers = async () => {
    const result = await world.call<{ url: string }>('stats', 'export', { kind: 'members' }, 'staffHere');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return path.join(world.filesDir, result.data.url.replace(/^\/files\//, ''));
  };

  it('removes an export’s file once its link has expired, and not before', async () => {
    const remove = jest.spyOn(world.ports.files, 'remove');
    const file = await exportMembers();
    expect(existsSync(file)).toBe(true);
    const [record] = (await world.ports.store.find(ExportFiles)).items;
    expect(record).toMatchObject({ fileId: expect.stringMatching(/^local:\/\/exports\/.+\.xlsx$/), removeAfter: world.clock.now() + exportKeepMs });
    expect(exportKeepMs).toBeGreaterThanOrEqual(exportLinkSeconds * 1000);

    // At the last moment of the link (and its minute of grace) the file stays.
    world.clock.advance(exportKeepMs);
    expect(await exportsSweep.run(world.ports)).toEqual({ removed: 0, failed: 0 });
    expect(existsSync(file)).toBe(true);
    expect(remove).not.toHaveBeenCalled();

    world.clock.advance(1);
    expect(await exportsSweep.run(world.ports)).toEqual({ removed: 1, failed: 0 });
    expect(remove).toHaveBeenCalledWith(record.fileId);
    expect(existsSync(file)).toBe(false);
    expect(await world.ports.store.count(ExportFiles)).toBe(0);
    // The audit entry stays: who exported what is the union's record, and holds no personal data.
    expect(await world.ports.store.get(Audit, record._id)).toMatchObject({ action: 'stats.export', target: { collection: 'files', id: record.fileId } });

    // A second run (or two at once) finds nothing more to do.
    expect(await exportsSweep.run(world.ports)).toEqual({ removed: 0, failed: 0 });
  });

  it('keeps the record of a file it could not remove, and removes it on a later run', async () => {
    const file = await exportMembers();
    const bytes = readFileSync(file);
    expect(bytes.byteLength).toBeGreaterThan(0);
    world.clock.advance(exportKeepMs + 1);
    jest.spyOn(world.ports.files, 'remove').mockRejectedValueOnce(new Error('storage down'));
    expect(await exportsSweep.run(world.ports)).toEqual({ removed: 0, failed: 1 });
    expect(await world.ports.store.count(ExportFiles)).toBe(1);
    expect(await exportsSweep.run(world.ports)).toEqual({ removed: 1, failed: 0 });
    expect(existsSync(file)).toBe(false);
  });

  it('is listed for the local host and the stats function’s timer; every job is a timer trigger in cloudbaserc.json', () => {
    expect(scheduledJobs).toContain(exportsSweep);
    const config = JSON.parse(readFileSync(path.join(__dirname, '../../../cloudbaserc.json'), 'utf8')) as {
      functions: Array<{ name: string; triggers?: Array<{ name: string; type: string }> }>;
    };
    const triggers = config.functions.flatMap((fn) => (fn.triggers ?? []).map((trigger) => ({ fn: fn.name, ...trigger })));
    expect(triggers.filter((trigger) => trigger.name === 'exportsSweep').map((trigger) => trigger.fn)).toEqual(['stats']);
    expect(triggers.map((trigger) => trigger.name).sort()).toEqual(scheduledJobs.map((job) => job.name).sort());
  });
});
