import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type LawyerInput = InputOf<Contracts['legal']['saveLawyer']>;

/** Records or updates a partner lawyer. */
export const saveLawyer = (input: LawyerInput, requestId: string) => call('legal', 'saveLawyer', input, { requestId });
