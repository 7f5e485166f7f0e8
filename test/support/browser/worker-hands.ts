import type { Locator } from 'playwright-core';

/**
 * What a worker does with their hands, counted as it is done: every tap and every typed field goes
 * through here, so the printed effort can never drift from what the test actually did.
 */
export interface WorkerHands {
  /** One tap on a visible element (a button, a choice, a checkbox). */
  tap(target: Locator): Promise<void>;
  /** Types `text` into one field (the inner <input> of a NutUI Input), replacing what was there. */
  type(target: Locator, text: string): Promise<void>;
  readonly taps: number;
  readonly typedFields: number;
}

export const workerHands = (): WorkerHands => {
  let taps = 0;
  let typedFields = 0;
  return {
    tap: async (target) => {
      await target.tap();
      taps += 1;
    },
    type: async (target, text) => {
      await target.fill(text);
      typedFields += 1;
    },
    get taps() {
      return taps;
    },
    get typedFields() {
      return typedFields;
    },
  };
};
