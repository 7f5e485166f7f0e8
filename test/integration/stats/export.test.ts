import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { maskIdNumber, maskPhone } from '@core/rules/mask';
import { Audit } from '../../../cloudfunctions/common/collections/audit.collection';
import { validDrive } from '../../support/action-cases/drive.cases';
import { driveOneStartsAt } from '../../support/action-cases/drive.cases';
import { createWorld, type World } from '../../support/world';

interface Exported {
  fileName: string;
  url: string;
  rows: number;
  truncated: boolean;
}

// Each drive.create draws a QR code PNG, which takes a second or two under jest on a busy machine.
jest.setTimeout(20_000);

describe('stats.export', () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld();
    world.clock.set(driveOneStartsAt + 3_600_000);
  });
  afterEach(() => world.close());

  const people = [501, 502, 503].map((serial) => ({ openid: `w-x-${serial}`, input: null as unknown, serial }));

  const joinAndApprove = async () => {
    for (const person of people) {
      const input = world.joinInput(person.serial, 'g1', { employer: '美团', driveId: 'drive-1' });
      person.input = input;
      await world.call('member', 'join', input, person.openid);
      const approved = await world.call('member', 'review', { memberId: person.openid, decision: 'approve' }, 'staffHere');
      if (!approved.ok) throw new Error(JSON.stringify(approved.error));
    }
  };

  const exportAs = async (as: string, data: Record<string, unknown>) => {
    const result = await world.call<Exported>('stats', 'export', data, as);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };

  const bytesOf = (url: string) => readFileSync(path.join(world.filesDir, url.replace(/^\/files\//, '')));

  const sheetOf = async (url: string) => {
    const workbook = new ExcelJS.Workbook();
    const bytes = bytesOf(url);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    // Empty cells come back as holes: read them as null.
    sheet.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (value) => value ?? null)));
    return { name: sheet.name, rows };
  };

  it('exports the member list as .xlsx with masked ID and phone, no plaintext anywhere in the file, and audits it', async () => {
    await joinAndApprove();
    const exported = await exportAs('staffHere', { kind: 'members' });
    expect(exported).toMatchObject({ fileName: '会员名册-长青站点骑手工会.xlsx', rows: 4, truncated: false });
    expect(exported.url).toMatch(/^\/files\/exports\/.+\.xlsx$/);

    const { name, rows } = await sheetOf(exported.url);
    expect(name).toBe('会员名册');
    expect(rows[0]).toEqual(['会员号', '姓名', '身份证号', '手机号', '职业', '平台或单位', '工作区域', '所属工会', '入会日期', '入会方式']);
    const first = world.joinInput(501);
    const row = rows.find((cells) => cells[2] === maskIdNumber(first.idNumber));
    expect(row).toEqual([expect.stringMatching(/^NX2026/), '测试人员', maskIdNumber(first.idNumber), maskPhone(first.phone), '外卖骑手', '美团', '青山区长青街道', '长青站点骑手工会', '2026-11-30', '活动现场入会']);

    // Every part of the zip, uncompressed: no full ID number or phone, nor their first 17 / 11 digits.
    const zip = await JSZip.loadAsync(bytesOf(exported.url));
    const text = (await Promise.all(Object.values(zip.files).map((file) => file.async('string')))).join('\n');
    expect(text).toContain(maskIdNumber(first.idNumber));
    for (const serial of [1, 501, 502, 503]) {
      const input = world.joinInput(serial);
      expect(text).not.toContain(input.idNumber.slice(0, 17));
      expect(text).not.toContain(input.phone);
    }

    const audit = await world.ports.store.find(Audit, { where: { action: 'stats.export' } });
    expect(audit.items).toEqual([expect.objectContaining({ actorOpenid: 's-here', unionId: 'g1', summary: '导出会员名册：长青站点骑手工会，4行' })]);
  });

  it('exports only the caller’s subtree, and the month asked for', async () => {
    await joinAndApprove();
    const joined = await world.call('member', 'join', world.joinInput(601, 'g2', { occupation: 'trucker' }), 'w-far');
    expect(joined.ok).toBe(true);
    await world.call('member', 'review', { memberId: 'w-far', decision: 'approve' }, 'staffElsewhere');
    expect((await exportAs('staffElsewhere', { kind: 'members' })).rows).toBe(1);
    expect((await exportAs('admin', { kind: 'members' })).rows).toBe(5);
    expect((await exportAs('admin', { kind: 'members', month: '2026-10' })).rows).toBe(0);
    expect(await world.call('stats', 'export', { kind: 'members', unionId: 'g2' }, 'staffHere')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } });
  });

  it('exports the drives with their figures, and the monthly report from counters', async () => {
    await world.call('drive', 'signIn', { driveId: 'drive-1', occupation: 'rider' }, 'w-x-501');
    await joinAndApprove();
    await world.call('drive', 'create', validDrive(world), 'staffHere');

    const drives = await sheetOf((await exportAs('staffHere', { kind: 'drives' })).url);
    expect(drives.rows[0]).toEqual(['活动名称', '活动内容', '举办工会', '地点', '开始时间', '结束时间', '签到人数', '新会员', '新建工会', '新建工会名称']);
    expect(drives.rows.find((cells) => cells[0] === '长青站点集中入会活动')).toEqual([
      '长青站点集中入会活动',
      '集中建会入会',
      '长青站点骑手工会',
      '长青路美团站点',
      '2026-11-30 10:00',
      '2026-11-30 13:00',
      1,
      3,
      0,
    ]);

    const monthly = await exportAs('admin', { kind: 'monthly', month: '2026-11' });
    expect(monthly.fileName).toBe('月度报表-青山区总工会-2026-11.xlsx');
    const report = await sheetOf(monthly.url);
    expect(report.rows).toEqual(
      expect.arrayContaining([
        ['会员', '会员总数', null, 4],
        ['会员', '本月新入会', 4],
        ['本月新入会·按平台', '美团', 3],
        ['双覆盖活动', '覆盖人数', 1, 1],
        ['双覆盖活动', '活动入会', 3, 3],
        // A live figure is as of the export, not of the month: 累计 only.
        ['法律援助', '超期未答复（截至导出时）', null, 0],
        ['法律援助', '超期答复', 0, 0],
      ]),
    );
  });
});
