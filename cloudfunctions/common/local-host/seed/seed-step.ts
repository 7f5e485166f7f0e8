import type { PiiCipher } from '../../pii/pii-cipher';
import type { DocumentOps } from '../../ports/store.port';

export interface SeedContext {
  /** When the seed runs; demo times (days waiting, a drive next week) are relative to it. */
  now: number;
  pii: PiiCipher;
}

/**
 * One area of demo data, written in one transaction with its mark, so a step is either all there or
 * not at all. Later issues add a step per feature (stations, 送清凉, health plans) to `seedSteps`.
 */
export interface SeedStep {
  /** Stable forever: it is the mark's `_id` in existing data dirs. */
  name: string;
  run(tx: DocumentOps, context: SeedContext): Promise<void>;
}

export const dayMs = 24 * 60 * 60 * 1000;

/** Midnight (Asia/Shanghai) of the day `ms` falls on. */
export const shanghaiMidnightOf = (ms: number): number => {
  const offset = 8 * 60 * 60 * 1000;
  return Math.floor((ms + offset) / dayMs) * dayMs - offset;
};
