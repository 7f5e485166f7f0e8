import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { Stations } from '../../../cloudfunctions/common/collections/stations.collection';
import { createWorld, people, type World } from '../../support/world';
import { expectOk, seedStations, stationIds } from '../../support/welfare-world';

interface StationView {
  id: string;
  name: string;
  distanceM?: number;
  facilities: string[];
  union: { id: string; name: string };
  photoUrl: string | null;
}

const stationInput = (overrides: Record<string, unknown> = {}) => ({
  unionId: 'g1',
  name: '长青路骑手之家',
  address: '青山区长青路200号',
  lat: 30.6381,
  lng: 114.3917,
  hours: '全天开放',
  facilities: ['water', 'charging', 'microwave'],
  contact: '027-86801234',
  active: true,
  ...overrides,
});

describe('驿站: directory.stations, nearbyStations, upsertStation', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    await seedStations(world);
  });
  afterEach(() => world.close());

  it('lists open stations by name for anyone signed in', async () => {
    const page = expectOk(await world.call<{ items: StationView[] }>('directory', 'stations', {}, people.worker));
    expect(page.items.map((s) => s.name).sort()).toEqual(['临江货运驿站', '长青快递驿站', '长青骑手驿站'].sort());
    expect(page.items[0]).toMatchObject({ hours: '全天开放', contact: '027-86800000', location: expect.any(Object) });
    await world.ports.store.update(Stations, stationIds.g2, { $set: { active: false } });
    const after = expectOk(await world.call<{ items: StationView[] }>('directory', 'stations', {}, people.worker));
    expect(after.items.map((s) => s.id)).not.toContain(stationIds.g2);
  });

  it('sorts nearby stations by distance from the worker, with the distance, and leaves out those far away', async () => {
    // Beside 长青快递驿站 (30.6301, 114.3821).
    const near = expectOk(await world.call<{ items: StationView[] }>('directory', 'nearbyStations', { lat: 30.6305, lng: 114.3825 }, people.worker));
    expect(near.items.map((s) => s.id)).toEqual([stationIds.g1b, stationIds.g1, stationIds.g2]);
    expect(near.items[0].distanceM).toBeLessThan(100);
    expect(near.items[1].distanceM).toBeGreaterThan(1000);
    expect(near.items[1].distanceM).toBeLessThan(1500);
    // From 宜昌, 300 km away: nothing nearby.
    const far = expectOk(await world.call<{ items: StationView[] }>('directory', 'nearbyStations', { lat: 30.69, lng: 111.28 }, people.worker));
    expect(far.items).toEqual([]);
  });

  it('finds the nearest stations even when hundreds lie on the same latitude elsewhere in the country', async () => {
    // 150 stations in Shanghai (121.47°E) at the worker's very latitude in Wuhan: a latitude band alone
    // would read them first and stop before the ones next door.
    const template = (await world.ports.store.get(Stations, stationIds.g1b))!;
    for (let i = 0; i < 150; i += 1) {
      await world.ports.store.insert(Stations, { ...template, _id: `st_sh_${i}`, name: `上海驿站${i}`, location: { lat: 30.6290 + i * 0.00001, lng: 121.47 } });
    }
    const near = expectOk(await world.call<{ items: StationView[] }>('directory', 'nearbyStations', { lat: 30.6305, lng: 114.3825 }, people.worker));
    expect(near.items.map((s) => s.id)).toEqual([stationIds.g1b, stationIds.g1, stationIds.g2]);
  });

  it('refuses a location outside China with a clear message', async () => {
    expect(await world.call('directory', 'nearbyStations', { lat: 51.5, lng: -0.12 }, people.worker)).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { lng: '经度不在中国境内，请核对' } },
    });
  });

  it('lets an admin add a station with a photo, then edit it, each with an audit line', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const added = expectOk(await world.call<StationView>('directory', 'upsertStation', stationInput({ photo: { contentType: 'image/png', base64: png } }), people.admin));
    expect(added).toMatchObject({ name: '长青路骑手之家', union: { id: 'g1', name: '长青站点骑手工会' }, facilities: ['water', 'charging', 'microwave'] });
    expect(added.id).toMatch(/^st_[0-9a-f]{10}$/);
    expect(added.photoUrl).toMatch(/^\/files\/stations\//);
    const edited = expectOk(await world.call<StationView>('directory', 'upsertStation', stationInput({ id: added.id, hours: '07:00-23:00', active: false }), people.admin));
    expect(edited).toMatchObject({ id: added.id, photoUrl: added.photoUrl });
    expect(await world.ports.store.get(Stations, added.id)).toMatchObject({ hours: '07:00-23:00', active: false });
    expect(await world.ports.store.count(Audit, { action: 'directory.upsertStation' })).toBe(2);
  });

  it('takes a station photo away with null and removes its file; leaving photo out keeps it', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const added = expectOk(await world.call<StationView>('directory', 'upsertStation', stationInput({ photo: { contentType: 'image/png', base64: png } }), people.admin));
    const fileId = (await world.ports.store.get(Stations, added.id))!.photoFileId;
    const removed = jest.spyOn(world.ports.files, 'remove');
    const cleared = expectOk(await world.call<StationView>('directory', 'upsertStation', stationInput({ id: added.id, photo: null }), people.admin));
    expect(cleared.photoUrl).toBeNull();
    expect(removed).toHaveBeenCalledWith(fileId);
    const again = expectOk(await world.call<StationView>('directory', 'upsertStation', stationInput({ id: added.id }), people.admin));
    expect(again.photoUrl).toBeNull();
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('keeps admins to their subtree, refuses a station that does not exist and a photo that is not one', async () => {
    await world.ports.store.insert(Staff, {
      _id: 's-g2admin:g2', openid: 's-g2admin', unionId: 'g2', unionPath: '/root/industry/g2/', unionName: '货运司机联合工会', roles: ['admin'], grantedAt: 0, grantedBy: 'test',
    });
    const before = await world.snapshot();
    expect(await world.call('directory', 'upsertStation', stationInput(), 's-g2admin')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('directory', 'upsertStation', stationInput({ id: stationIds.g1, unionId: 'g2' }), 's-g2admin')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('directory', 'upsertStation', stationInput({ id: 'st_nothing' }), people.admin)).toMatchObject({ ok: false, error: { code: 'STATION.NOT_FOUND' } });
    expect(await world.call('directory', 'upsertStation', stationInput({ photo: { contentType: 'image/png', base64: 'aGVsbG8gd29ybGQgaGVsbG8=' } }), people.admin)).toMatchObject({ ok: false, error: { code: 'STATION.PHOTO_INVALID' } });
    expect(await world.call('directory', 'upsertStation', stationInput({ unionId: 'nowhere' }), people.admin)).toMatchObject({ ok: false, error: { code: 'UNION.NOT_FOUND' } });
    expect(await world.snapshot()).toEqual(before);
  });
});
