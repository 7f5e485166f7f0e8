import type { ExportKind } from '@core/contracts/stats.contract';
import { call } from '../call';

/** Makes an .xlsx report and returns a temporary link to it. */
export const exportReport = (input: { kind: ExportKind; unionId?: string; month?: string }, requestId: string) =>
  call('stats', 'export', input, { requestId });
