import type { DriveBoard, DriveDetail } from '@core/contracts/drive.contract';
import type { ApplicationView } from '@core/contracts/member.contract';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Unions } from '../../../cloudfunctions/common/collections/unions.collection';
import { driveOneStartsAt } from '../../support/action-cases/drive.cases';
import { createWorld, type World } from '../../support/world';

describe('on site at a drive: the approval queue, the board and 建会', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    world.clock.set(driveOneStartsAt + 3_600_000);
  });
  afterEach(() => world.close());

  const joinAtDrive = async (openid: string, serial: number, extra = {}) => {
    await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, openid);
    const joined = await world.call('member', 'join', world.joinInput(serial, 'g1', { driveId: 'drive-1', employer: '美团外卖', ...extra }), openid);
    if (!joined.ok) throw new Error(JSON.stringify(joined.error));
  };

  it('lists the joins made at the drive, oldest first, and approving one moves it onto the board', async () => {
    await joinAtDrive('w-a', 101);
    world.clock.advance(60_000);
    await joinAtDrive('w-b', 102, { occupation: 'courier' });
    await world.call('member', 'join', world.joinInput(103, 'g1'), 'w-not-at-drive');

    const queue = await world.call<{ items: ApplicationView[] }>('drive', 'queue', { driveId: 'drive-1' }, 'staffHere');
    expect(queue.ok && queue.data.items.map((item) => [item.id, item.fromDrive])).toEqual([['w-a', true], ['w-b', true]]);
    expect(JSON.stringify(queue)).not.toContain(world.joinInput(101).idNumber);

    const approved = await world.call('member', 'review', { memberId: 'w-b', decision: 'approve' }, 'staffHere');
    expect(approved.ok).toBe(true);

    const board = await world.call<DriveBoard>('drive', 'board', { driveId: 'drive-1' }, 'staffHere');
    expect(board).toMatchObject({
      ok: true,
      data: {
        figures: { signedIn: 2, approved: 1, pending: 1, foundedUnions: 0 },
        byOccupation: [{ occupation: 'rider', signedIn: 2, approved: 0 }, { occupation: 'courier', signedIn: 0, approved: 1 }],
        at: world.clock.now(),
      },
    });
    expect(await world.ports.store.get(Counters, 'drives:g1:2026-11')).toMatchObject({ reached: 2, joined: 1 });
    const left = await world.call<{ items: ApplicationView[] }>('drive', 'queue', { driveId: 'drive-1' }, 'staffHere');
    expect(left.ok && left.data.items.map((item) => item.id)).toEqual(['w-a']);
  });

  it('keeps the queue and board of a drive from staff of other unions', async () => {
    await joinAtDrive('w-a', 101);
    for (const action of ['queue', 'board', 'detail']) {
      expect(await world.call('drive', action, { driveId: 'drive-1' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    }
  });

  it('records a union founded at the drive in the tree, founded today, taking members at once', async () => {
    const founded = await world.call<{ union: { id: string; foundedAt: number } }>(
      'drive',
      'foundUnion',
      { driveId: 'drive-1', name: '长青街道快递员联合工会', parentId: 'street', mainOccupation: 'courier', area: '青山区长青街道' },
      'admin',
    );
    if (!founded.ok) throw new Error(JSON.stringify(founded.error));
    const union = await world.ports.store.get(Unions, founded.data.union.id);
    expect(union).toMatchObject({
      parentId: 'street',
      path: `/root/street/${founded.data.union.id}/`,
      level: 'grassroots',
      acceptsMembers: true,
      mainOccupation: 'courier',
      foundedAt: world.clock.now(),
    });
    const detail = await world.call<DriveDetail>('drive', 'detail', { driveId: 'drive-1' }, 'admin');
    expect(detail).toMatchObject({
      ok: true,
      data: {
        foundedUnions: [{ id: founded.data.union.id, name: '长青街道快递员联合工会' }],
        figures: { foundedUnions: 1 },
        foundingParents: [{ id: 'street', name: '长青街道总工会' }, { id: 'root', name: '青山区总工会' }],
      },
    });
    expect(await world.ports.store.get(Counters, 'drives:g1:2026-11')).toMatchObject({ founded: 1 });
    expect(await world.ports.store.count(Audit, { action: 'drive.foundUnion' })).toBe(1);

    const joined = await world.call('member', 'join', world.joinInput(120, founded.data.union.id, { occupation: 'courier' }), 'w-new-union');
    expect(joined.ok).toBe(true);
  });

  it('refuses 建会 under a grassroots union, twice under one name, or outside the caller’s reach, writing nothing', async () => {
    const input = { driveId: 'drive-1', name: '长青街道快递员联合工会', parentId: 'street', area: '青山区长青街道' };
    const before = await world.snapshot();
    expect(await world.call('drive', 'foundUnion', { ...input, parentId: 'g1' }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'DRIVE.PARENT_NOT_ALLOWED' },
    });
    expect(await world.call('drive', 'foundUnion', { ...input, parentId: 'nowhere' }, 'admin')).toMatchObject({ ok: false, error: { code: 'UNION.NOT_FOUND' } });
    expect(await world.call('drive', 'foundUnion', input, 'staffHere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);

    expect((await world.call('drive', 'foundUnion', input, 'admin')).ok).toBe(true);
    const after = await world.snapshot();
    expect(await world.call('drive', 'foundUnion', input, 'admin')).toMatchObject({ ok: false, error: { code: 'DRIVE.UNION_EXISTS' } });
    expect(await world.snapshot()).toEqual(after);
  });
});
