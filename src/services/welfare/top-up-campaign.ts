import type { InputOf } from '@core/contract';
import type { Contracts } from '@core/contracts';
import { call } from '../call';

export type TopUpInput = InputOf<Contracts['welfare']['topUpCampaign']>;

/** Adds packs to the pool, or to one station's own stock. */
export const topUpCampaign = (input: TopUpInput, requestId: string) =>
  call('welfare', 'topUpCampaign', input, { requestId });
