import type { TransitionInput } from '@core/contracts/legal-inputs';
import { call } from '../call';

/** Takes one step on a case (受理, 不予受理, 指派, 记录, 办结); the requestId makes a repeated tap count once. */
export const stepCase = (input: TransitionInput, requestId: string) => call('legal', 'transition', input, { requestId });
