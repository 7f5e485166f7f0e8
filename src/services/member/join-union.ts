import type { JoinInput } from '@core/contracts/member.contract';
import { call } from '../call';

/** Sends the worker's 入会申请; pass the draft's requestId so a retry never files it twice. */
export const joinUnion = (input: JoinInput, requestId: string) => call('member', 'join', input, { requestId });
