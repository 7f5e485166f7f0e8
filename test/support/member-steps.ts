import type { JoinInput } from '@core/contracts/member.contract';
import type { Envelope } from '@core/result';
import type { World } from './world';

/** Steps of the member domain that many tests take, each failing loudly if the world refuses it. */

export const expectOk = <T = unknown>(result: Envelope<unknown>, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.error)}`);
  return result.data as T;
};

/** `openid` joins `unionId` (person `serial`) and `reviewer` approves: an approved member. */
export const approvedMember = async (
  world: World,
  openid: string,
  serial: number,
  unionId: string,
  reviewer: string,
  extra: Partial<JoinInput> = {},
): Promise<{ memberNo: string }> => {
  expectOk(await world.call('member', 'join', world.joinInput(serial, unionId, extra), openid), `${openid} joins ${unionId}`);
  return expectOk(await world.call('member', 'review', { memberId: openid, decision: 'approve' }, reviewer), `${reviewer} approves ${openid}`);
};

export const requestTransfer = async (world: World, openid: string, toUnionId: string, note?: string): Promise<string> =>
  expectOk<{ id: string }>(
    await world.call('member', 'requestTransfer', { toUnionId, ...(note ? { note } : {}) }, openid),
    `${openid} asks to move to ${toUnionId}`,
  ).id;
