import type { ApplicationView } from '@core/contracts/member.contract';
import { createWorld, type World } from '../../support/world';

type Page = { items: ApplicationView[]; nextCursor: string | null };
const dayMs = 24 * 60 * 60 * 1000;

describe('member.applications', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const apply = async (openid: string, serial: number, unionId: string) => {
    const result = await world.call('member', 'join', world.joinInput(serial, unionId), openid);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  };

  it('shows a reviewer only their own subtree, oldest first, with days waiting', async () => {
    const start = world.clock.now();
    world.clock.set(start - 6 * dayMs);
    await apply('a-oldest', 11, 'g1');
    world.clock.set(start - 3 * dayMs);
    await apply('a-middle', 12, 'g1');
    world.clock.advance(60_000);
    await apply('a-far', 13, 'g2');
    world.clock.set(start - 1 * dayMs);
    await apply('a-newest', 14, 'g1');
    world.clock.set(start);

    const page = await world.call<Page>('member', 'applications', {}, 'staffHere');
    expect(page.ok && page.data.items.map((item) => [item.id, item.daysWaiting])).toEqual([
      ['a-oldest', 6],
      ['a-middle', 3],
      ['a-newest', 1],
    ]);
    expect(page.ok && page.data.items[0]).toMatchObject({
      idMasked: expect.stringMatching(/^530321\*{8}/),
      phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/),
      union: { id: 'g1' },
      fromDrive: false,
    });

    const elsewhere = await world.call<Page>('member', 'applications', {}, 'staffElsewhere');
    expect(elsewhere.ok && elsewhere.data.items.map((item) => item.id)).toEqual(['a-far']);

    const admin = await world.call<Page>('member', 'applications', {}, 'admin');
    expect(admin.ok && admin.data.items.map((item) => item.id)).toEqual(['a-oldest', 'a-middle', 'a-far', 'a-newest']);
  });

  it('pages through a long queue without gaps or repeats', async () => {
    for (let serial = 100; serial < 125; serial += 1) {
      world.clock.advance(60_000);
      await apply(`bulk-${serial}`, serial, 'g1');
      // A neighbouring union's applicants interleave in time but never show up here.
      if (serial % 5 === 0) await apply(`next-door-${serial}`, serial + 100, 'g1b');
    }
    const seen: string[] = [];
    let cursor: string | null | undefined;
    do {
      const page = await world.call<Page>('member', 'applications', { limit: 10, ...(cursor ? { cursor } : {}) }, 'staffHere');
      if (!page.ok) throw new Error(JSON.stringify(page.error));
      seen.push(...page.data.items.map((item) => item.id));
      cursor = page.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `bulk-${100 + i}`));
  });

  it('lists decided applications by status, newest decision first', async () => {
    await apply('a-1', 21, 'g1');
    await apply('a-2', 22, 'g1');
    await world.call('member', 'review', { memberId: 'a-1', decision: 'reject', reason: '材料不全' }, 'staffHere');
    world.clock.advance(60_000);
    await world.call('member', 'review', { memberId: 'a-2', decision: 'reject', reason: '不属于本工会' }, 'staffHere');

    const rejected = await world.call<Page>('member', 'applications', { status: 'rejected' }, 'staffHere');
    expect(rejected.ok && rejected.data.items.map((item) => [item.id, item.rejectReason])).toEqual([
      ['a-2', '不属于本工会'],
      ['a-1', '材料不全'],
    ]);
    const approved = await world.call<Page>('member', 'applications', { status: 'approved' }, 'staffHere');
    expect(approved.ok && approved.data.items.map((item) => item.id)).toEqual(['w-member']);
  });

  it('marks applications made at a drive', async () => {
    await world.call('member', 'join', world.joinInput(31, 'g1', { driveId: 'drive-1' }), 'at-drive');
    const page = await world.call<Page>('member', 'applications', {}, 'staffHere');
    expect(page.ok && page.data.items[0]).toMatchObject({ id: 'at-drive', fromDrive: true });
  });

  it('answers a cursor it did not make with a clear input error', async () => {
    const result = await world.call('member', 'applications', { cursor: 'bm90LWEtY3Vyc29y' }, 'staffHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', fields: { cursor: expect.any(String) } } });
  });
});
