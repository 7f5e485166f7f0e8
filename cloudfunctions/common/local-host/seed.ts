import type { Ports } from '../runtime/ports';
import { driveFiguresSeed } from './seed/drive-figures.seed';
import { drivesSeed } from './seed/drives.seed';
import { healthSeed } from './seed/health.seed';
import { legalSeed } from './seed/legal.seed';
import { membersSeed } from './seed/members.seed';
import { secondStaffSeed } from './seed/second-staff.seed';
import { SeedMarks } from './seed/seed-marks.collection';
import type { SeedStep } from './seed/seed-step';
import { staffSeed } from './seed/staff.seed';
import { stationsSeed } from './seed/stations.seed';
import { unionsSeed } from './seed/unions.seed';
import { welfareSeed } from './seed/welfare.seed';

/** In dependency order: members and drives refer to the unions, grants to both. */
export const seedSteps: readonly SeedStep[] = [unionsSeed, staffSeed, membersSeed, drivesSeed, driveFiguresSeed, healthSeed, legalSeed, stationsSeed, welfareSeed, secondStaffSeed];

/**
 * Fills a fresh data dir with the demo data, through the Store port and the pii cipher like the
 * actions do. Each step runs once per data dir (its mark is written in the same transaction), so a
 * restart changes nothing and returns []; returns the names of the steps that ran.
 */
export const seedDemoData = async (ports: Pick<Ports, 'store' | 'clock' | 'pii'>, steps = seedSteps): Promise<string[]> => {
  const ran: string[] = [];
  const now = ports.clock.now();
  for (const step of steps) {
    const didRun = await ports.store.transaction(async (tx) => {
      if (await tx.get(SeedMarks, step.name)) return false;
      await step.run(tx, { now, pii: ports.pii });
      await tx.insert(SeedMarks, { _id: step.name, at: now });
      return true;
    });
    if (didRun) ran.push(step.name);
  }
  return ran;
};
