import { contracts } from '@core/contracts';
import { Drives } from '../../../cloudfunctions/common/collections/drives.collection';
import { countDriveMetric } from '../../../cloudfunctions/common/counters/drive-counters';
import { driveOneStartsAt } from '../../support/action-cases/drive.cases';
import { countersDrift } from '../../support/recount';
import { createWorld, type World } from '../../support/world';

/**
 * DESIGN.md: counters are kept in the same write as the records, so they always equal a recount.
 * Walk a busy drive day through the real actions — sign-ins, joins at the drive and elsewhere,
 * approvals, rejections, 建会 — and, where the member function offers them, 退会, transfers and
 * deleting one's data; after every step the kept counters equal the recount.
 */
const memberActions = contracts.member as Record<string, unknown>;

describe('counters stay equal to a recount', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    // The world inserts drive-1 the way a seed does, without the `held` count drive.create keeps.
    const drive = (await world.ports.store.get(Drives, 'drive-1'))!;
    await world.ports.store.transaction((tx) => countDriveMetric(tx, drive, 'held'));
    world.clock.set(driveOneStartsAt + 3_600_000);
  });
  afterEach(() => world.close());

  const expectNoDrift = async () => {
    expect(await countersDrift(world.ports.store)).toEqual([]);
  };

  const ok = async (fn: string, action: string, data: unknown, as: string) => {
    const result = await world.call(fn, action, data, as);
    if (!result.ok) throw new Error(`${fn}.${action} as ${as}: ${JSON.stringify(result.error)}`);
    await expectNoDrift();
    return result.data;
  };

  it('after sign-ins, joins, approvals, rejections and 建会', async () => {
    await expectNoDrift();
    const employers = ['美团外卖长青站', '顺丰速运', null, '蜂鸟配送', '某某物业'];
    for (const [i, employer] of employers.entries()) {
      const openid = `w-day-${i}`;
      await ok('drive', 'signIn', { driveId: 'drive-1', occupation: i % 2 ? 'courier' : 'rider' }, openid);
      await ok('member', 'join', world.joinInput(200 + i, i === 4 ? 'g1b' : 'g1', { driveId: 'drive-1', employer: employer ?? undefined, occupation: i % 2 ? 'courier' : 'rider' }), openid);
    }
    await ok('member', 'join', world.joinInput(210, 'g2', { occupation: 'trucker', employer: '货拉拉' }), 'w-elsewhere');
    for (const i of [0, 1, 3, 4]) await ok('member', 'review', { memberId: `w-day-${i}`, decision: 'approve' }, i === 4 ? 'admin' : 'staffHere');
    await ok('member', 'review', { memberId: 'w-day-2', decision: 'reject', reason: '身份证号与姓名不符' }, 'staffHere');
    await ok('member', 'review', { memberId: 'w-elsewhere', decision: 'approve' }, 'staffElsewhere');
    await ok('drive', 'foundUnion', { driveId: 'drive-1', name: '长青街道快递员联合工会', parentId: 'street', area: '青山区' }, 'admin');
    world.clock.advance(40 * 24 * 3_600_000);
    await ok('member', 'join', world.joinInput(211, 'g1', { employer: '滴滴出行', occupation: 'rideHailing' }), 'w-next-month');
    await ok('member', 'review', { memberId: 'w-next-month', decision: 'approve' }, 'admin');
  });

  it('after 退会, transfers and erasure, where the member function has them', async () => {
    await ok('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'w-leaver');
    await ok('member', 'join', world.joinInput(220, 'g1', { driveId: 'drive-1', employer: '美团' }), 'w-leaver');
    await ok('member', 'review', { memberId: 'w-leaver', decision: 'approve' }, 'staffHere');
    await ok('member', 'join', world.joinInput(221, 'g1', { driveId: 'drive-1', employer: '饿了么' }), 'w-mover');
    await ok('member', 'review', { memberId: 'w-mover', decision: 'approve' }, 'staffHere');
    await ok('drive', 'signIn', { driveId: 'drive-1', occupation: 'courier' }, 'w-eraser');
    await ok('member', 'join', world.joinInput(222, 'g1b', { employer: '京东', driveId: 'drive-1' }), 'w-eraser');
    await ok('member', 'review', { memberId: 'w-eraser', decision: 'approve' }, 'admin');

    const steps = [
      ['withdraw', () => ok('member', 'withdraw', { reason: '换工作了' }, 'w-leaver')],
      ['transfer', () => ok('member', 'transfer', { memberId: 'w-mover', toUnionId: 'g2', reason: '改跑货运了' }, 'admin')],
      ['deleteMine', () => ok('member', 'deleteMine', { confirm: '删除我的全部信息' }, 'w-eraser')],
    ] as const;
    const offered = steps.filter(([action]) => action in memberActions);
    for (const [, step] of offered) await step();
    // Joining again after 退会 counts the member once more, in the month of the new joining.
    if ('withdraw' in memberActions) {
      world.clock.advance(24 * 3_600_000);
      await ok('member', 'join', world.joinInput(220, 'g1', { employer: '美团' }), 'w-leaver');
      await ok('member', 'review', { memberId: 'w-leaver', decision: 'approve' }, 'staffHere');
    }
  });
});
