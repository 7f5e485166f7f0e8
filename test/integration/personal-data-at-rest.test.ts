import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Staff } from '../../cloudfunctions/common/collections/staff.collection';
import { Unions } from '../../cloudfunctions/common/collections/unions.collection';
import { composeLocal } from '../../cloudfunctions/common/composition/local.composition';
import { silentLogger } from '../../cloudfunctions/common/ports/logger.port';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../cloudfunctions/registry';
import { privacyNoticeVersion } from '@core/privacy';
import { testIdNumber, testPhone } from '../support/id-numbers';

/**
 * DESIGN.md: ID numbers and phones are stored only hashed, encrypted and masked. Read the database
 * files themselves — the main file and the WAL — after real joins and approvals through the router.
 */
describe('personal data at rest', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-at-rest-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves no plaintext ID number or phone in the SQLite files', async () => {
    const local = composeLocal({ dataDir, logger: silentLogger, env: {} });
    const { store } = local.ports;
    await store.insert(Unions, { _id: 'g1', name: '长青站点骑手工会', parentId: null, path: '/g1/', level: 'grassroots', acceptsMembers: true, mainOccupation: 'courier', area: '青山区', address: null, foundedAt: 0, createdAt: 0 });
    await store.insert(Staff, { _id: 's:g1', openid: 's', unionId: 'g1', unionPath: '/g1/', unionName: '长青站点骑手工会', roles: ['reviewer'], grantedAt: 0, grantedBy: 'test' });

    const people = [1, 2, 3].map((serial) => ({ openid: `w-${serial}`, idNumber: testIdNumber(serial), phone: testPhone(serial) }));
    for (const person of people) {
      const call = (fn: 'member', action: string, data: unknown, openid: string) =>
        handleCall(fn, functionRegistry[fn], { action, data }, openid, { ports: local.ports, adminOpenids: local.adminOpenids });
      const joined = await call('member', 'join', {
        name: '测试人员',
        idNumber: person.idNumber,
        phone: person.phone,
        occupation: 'courier',
        workArea: '青山区',
        unionId: 'g1',
        consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
      }, person.openid);
      expect(joined.ok).toBe(true);
      expect((await call('member', 'review', { memberId: person.openid, decision: 'approve' }, 's')).ok).toBe(true);
    }

    const files = readdirSync(dataDir).filter((name) => name.startsWith('nuanxin.sqlite'));
    expect(files).toEqual(expect.arrayContaining(['nuanxin.sqlite', 'nuanxin.sqlite-wal']));
    const bytesBeforeCheckpoint = files.map((name) => readFileSync(path.join(dataDir, name)).toString('latin1')).join('');
    local.close();
    const bytesAfterClose = readdirSync(dataDir)
      .filter((name) => name.startsWith('nuanxin.sqlite'))
      .map((name) => readFileSync(path.join(dataDir, name)).toString('latin1'))
      .join('');

    for (const bytes of [bytesBeforeCheckpoint, bytesAfterClose]) {
      expect(bytes).toContain('530321********'); // the masked form is there, so the search reads real rows
      for (const person of people) {
        expect(bytes).not.toContain(person.idNumber);
        expect(bytes).not.toContain(person.idNumber.slice(0, 17));
        expect(bytes).not.toContain(person.phone);
      }
    }
  });
});
