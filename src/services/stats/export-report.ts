import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type ExportInput = InputOf<Contracts['stats']['export']>;

/** Makes an .xlsx report and returns a temporary link to it. */
export const exportReport = (input: ExportInput, requestId: string) =>
  call('stats', 'export', input, { requestId });
