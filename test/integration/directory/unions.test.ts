import type { UnionListItem } from '@core/contracts/directory.contract';
import { createWorld, type World } from '../../support/world';

type Page = { items: UnionListItem[]; nextCursor: string | null };

describe('directory.unions and directory.suggestUnions', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('lists only unions that take members, with the union above each', async () => {
    const page = await world.call<Page>('directory', 'unions', {}, 'worker');
    expect(page).toEqual({
      ok: true,
      data: {
        items: expect.arrayContaining([
          { id: 'g1', name: '长青站点骑手工会', parentName: '长青街道总工会', area: '青山区' },
          { id: 'g2', name: '货运司机联合工会', parentName: '货运行业工会联合会', area: '青山区' },
        ]),
        nextCursor: null,
      },
    });
    expect(page.ok && page.data.items.map((item) => item.id).sort()).toEqual(['g1', 'g1b', 'g2']);
  });

  it('finds unions by a part of the name', async () => {
    const page = await world.call<Page>('directory', 'unions', { keyword: '货运' }, 'worker');
    expect(page.ok && page.data.items.map((item) => item.id)).toEqual(['g2']);
    const none = await world.call<Page>('directory', 'unions', { keyword: '不存在的工会' }, 'worker');
    expect(none).toEqual({ ok: true, data: { items: [], nextCursor: null } });
  });

  it('suggests the unions of the worker\'s own occupation first, then those open to everyone', async () => {
    const forRider = await world.call<{ items: UnionListItem[] }>('directory', 'suggestUnions', { occupation: 'rider' }, 'worker');
    expect(forRider.ok && forRider.data.items.map((item) => item.id)).toEqual(['g1', 'g1b']);
    const forTrucker = await world.call<{ items: UnionListItem[] }>('directory', 'suggestUnions', { occupation: 'trucker' }, 'worker');
    expect(forTrucker.ok && forTrucker.data.items.map((item) => item.id)).toEqual(['g2', 'g1b']);
    const forCleaner = await world.call<{ items: UnionListItem[] }>('directory', 'suggestUnions', { occupation: 'domestic' }, 'worker');
    expect(forCleaner.ok && forCleaner.data.items.map((item) => item.id)).toEqual(['g1b']);
  });
});

describe('drive.entry', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  it('shows a scanned drive and the union to join there', async () => {
    expect(await world.call('drive', 'entry', { driveId: 'drive-1' }, 'worker')).toEqual({
      ok: true,
      data: expect.objectContaining({ id: 'drive-1', title: '长青站点集中入会活动', union: { id: 'g1', name: '长青站点骑手工会' }, place: '长青路美团站点' }),
    });
  });

  it('says plainly when the QR code names no drive', async () => {
    expect(await world.call('drive', 'entry', { driveId: 'gone' }, 'worker')).toMatchObject({
      ok: false,
      error: { code: 'DRIVE.NOT_FOUND', message: '没有找到这场活动，二维码可能已失效' },
    });
  });
});
