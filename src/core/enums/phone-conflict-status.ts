import { z } from 'zod';

/**
 * A worker's report that the phone number they use is held by another record: staff release it (the
 * other record must update its phone) or keep it (it does belong there). `closed`: the other record
 * was erased or gave the number up by itself, so nothing is left to decide.
 */
export const phoneConflictStatusLabels = {
  open: '待核实',
  released: '已核实，号码归你',
  kept: '已核实，号码不归你',
  closed: '已自动解决',
} as const;

export type PhoneConflictStatus = keyof typeof phoneConflictStatusLabels;
export const PhoneConflictStatusSchema = z.enum(['open', 'released', 'kept', 'closed']);
