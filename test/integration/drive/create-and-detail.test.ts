import { readFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import type { DriveDetail } from '@core/contracts/drive.contract';
import { localEntryCodeOptions } from '../../../cloudfunctions/common/adapters/local/local.entry-codes';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { Counters } from '../../../cloudfunctions/common/collections/counters.collection';
import { Drives } from '../../../cloudfunctions/common/collections/drives.collection';
import { validDrive } from '../../support/action-cases/drive.cases';
import { createWorld, type World } from '../../support/world';

// Each drive.create draws a QR code PNG, which takes a second or two under jest on a busy machine.
jest.setTimeout(20_000);

describe('drive.create and drive.detail', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
  });
  afterEach(() => world.close());

  const fileOf = (url: string) => readFileSync(path.join(world.filesDir, url.replace(/^\/files\//, '')));

  it('creates the drive with its QR code of the H5 link, a held counter and an audit record', async () => {
    const result = await world.call<DriveDetail>('drive', 'create', { ...validDrive(world), notes: '带好身份证' }, 'staffHere');
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const drive = result.data;
    expect(drive).toMatchObject({
      title: '长青站点骑手集中入会日',
      kinds: ['founding', 'warmth'],
      union: { id: 'g1', name: '长青站点骑手工会' },
      notes: '带好身份证',
      figures: { signedIn: 0, approved: 0, pending: 0, foundedUnions: 0 },
      entryPath: `/#/packages/drive/index?drive=${drive.id}`,
    });
    // The mini-program code's scene holds at most 32 characters.
    expect(drive.id.length).toBeLessThanOrEqual(32);

    // Locally the code is an ordinary QR code of the link on this host: the same PNG qrcode makes of it.
    expect(drive.qrCodeUrl).toMatch(/^\/files\/drive-codes\/.+\.png$/);
    const expected = await QRCode.toBuffer(`http://127.0.0.1:8080${drive.entryPath}`, localEntryCodeOptions);
    expect(fileOf(drive.qrCodeUrl!).equals(expected)).toBe(true);

    const month = '2026-11';
    expect(await world.ports.store.get(Counters, `drives:g1:${month}`)).toMatchObject({ kind: 'drives', unionPath: world.unionPath('g1'), held: 1 });
    const audit = await world.ports.store.find(Audit, { where: { 'target.id': drive.id } });
    expect(audit.items).toEqual([expect.objectContaining({ action: 'drive.create', actorOpenid: 's-here', unionId: 'g1' })]);

    const detail = await world.call<DriveDetail>('drive', 'detail', { driveId: drive.id }, 'staffHere');
    expect(detail).toMatchObject({ ok: true, data: { id: drive.id, qrCodeUrl: drive.qrCodeUrl, entryPath: drive.entryPath } });
  });

  it('refuses a drive of a union outside the caller’s subtree and writes nothing', async () => {
    const before = await world.snapshot();
    const result = await world.call('drive', 'create', validDrive(world, 'g2'), 'staffHere');
    expect(result).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses an unknown union, and times that end before they start, with Chinese messages', async () => {
    const before = await world.snapshot();
    expect(await world.call('drive', 'create', validDrive(world, 'nowhere'), 'admin')).toMatchObject({
      ok: false,
      error: { code: 'UNION.NOT_FOUND', fields: { unionId: '请重新选择工会' } },
    });
    const backwards = { ...validDrive(world), endsAt: validDrive(world).startsAt - 1 };
    expect(await world.call('drive', 'create', backwards, 'staffHere')).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', fields: { endsAt: '结束时间要晚于开始时间' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('refuses a welfare campaign that does not exist, and writes nothing', async () => {
    const before = await world.snapshot();
    expect(await world.call('drive', 'create', { ...validDrive(world), welfareCampaignId: 'no-such-campaign' }, 'staffHere')).toMatchObject({
      ok: false,
      error: { code: 'WELFARE.CAMPAIGN_NOT_FOUND', fields: { welfareCampaignId: '请重新选择礼包活动' } },
    });
    expect(await world.snapshot()).toEqual(before);
  });

  it('creates one drive when the same request is retried', async () => {
    const first = await world.call('drive', 'create', validDrive(world), 'staffHere', 'create-drive-01');
    const after = await world.snapshot();
    const retry = await world.call('drive', 'create', validDrive(world), 'staffHere', 'create-drive-01');
    expect(retry).toEqual(first);
    expect(await world.snapshot()).toEqual(after);
    expect(await world.ports.store.get(Counters, 'drives:g1:2026-11')).toMatchObject({ held: 1 });
  });

  it('still creates the drive when the code service fails, and makes the code on the next detail', async () => {
    const codes = world.ports.codes;
    world.ports.codes = { imageOf: () => Promise.reject(new Error('wxacode down')) };
    const created = await world.call<DriveDetail>('drive', 'create', validDrive(world), 'staffHere');
    world.ports.codes = codes;
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.data.qrCodeUrl).toBeNull();
    expect(world.logs).toContainEqual(expect.objectContaining({ level: 'error', message: 'drive QR code could not be made' }));

    const detail = await world.call<DriveDetail>('drive', 'detail', { driveId: created.data.id }, 'staffHere');
    expect(detail.ok && detail.data.qrCodeUrl).toMatch(/\.png$/);
    expect((await world.ports.store.get(Drives, created.data.id))?.qrFileId).toMatch(/^local:\/\/drive-codes\//);
  });

  it('shows staff only the drives of their own subtrees', async () => {
    await world.call('drive', 'create', validDrive(world, 'g2'), 'staffElsewhere');
    const here = await world.call<{ items: Array<{ id: string; union: { id: string } }> }>('drive', 'list', {}, 'staffHere');
    const elsewhere = await world.call<{ items: Array<{ union: { id: string } }> }>('drive', 'list', {}, 'staffElsewhere');
    const admin = await world.call<{ items: unknown[] }>('drive', 'list', {}, 'admin');
    expect(here.ok && here.data.items.map((item) => item.union.id)).toEqual(['g1']);
    expect(elsewhere.ok && elsewhere.data.items.map((item) => item.union.id)).toEqual(['g2']);
    expect(admin.ok && admin.data.items).toHaveLength(2);
    expect(await world.call('drive', 'detail', { driveId: 'drive-1' }, 'staffElsewhere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
    expect(await world.call('drive', 'detail', { driveId: 'nope' }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'DRIVE.NOT_FOUND' } });
  });
});
