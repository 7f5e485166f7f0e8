import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { privacyNoticeVersion } from '@core/privacy';
import { Idempotency } from '../../../cloudfunctions/common/collections/idempotency.collection';
import { Staff } from '../../../cloudfunctions/common/collections/staff.collection';
import { Unions } from '../../../cloudfunctions/common/collections/unions.collection';
import { composeLocal } from '../../../cloudfunctions/common/composition/local.composition';
import { handleCall } from '../../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../../cloudfunctions/registry';
import { contactPhone, story, submitInput } from '../../support/legal';
import { testIdNumber, testPhone } from '../../support/id-numbers';

/**
 * A case's story, notes, rating comment and contact phone are sealed: read the SQLite files themselves
 * (main file and WAL) after a case has gone all the way through the router, and look for the words.
 */
describe('legal case text at rest', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'nuanxin-legal-at-rest-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('leaves no plaintext story, note, comment or phone in the database files, nor in the logs', async () => {
    const logs: string[] = [];
    const logger = { info: (m: string, meta?: object) => logs.push(m + JSON.stringify(meta ?? {})), error: (m: string, meta?: object) => logs.push(m + JSON.stringify(meta ?? {})) };
    const local = composeLocal({ dataDir, logger, env: {} });
    const { store } = local.ports;
    await store.insert(Unions, { _id: 'g1', name: '长青站点骑手工会', parentId: null, path: '/g1/', level: 'grassroots', acceptsMembers: true, mainOccupation: 'rider', area: '青山区', address: null, foundedAt: 0, createdAt: 0 });
    await store.insert(Staff, { _id: 's:g1', openid: 's', unionId: 'g1', unionPath: '/g1/', unionName: '长青站点骑手工会', roles: ['reviewer', 'operator'], grantedAt: 0, grantedBy: 'test' });
    let requests = 0;
    // Every write with a requestId, as the app sends them: the first answers kept for retries must hold no secrets either.
    const call = async (fn: 'member' | 'legal', action: string, data: unknown, openid: string) => {
      requests += 1;
      const requestId = `at-rest-${requests}-abcdef`;
      const result = await handleCall(fn, functionRegistry[fn], { action, data, requestId }, openid, { ports: local.ports, adminOpenids: local.adminOpenids });
      if (!result.ok) throw new Error(`${fn}.${action}: ${result.error.code}`);
      return result.data as { id: string };
    };
    await call('member', 'join', { name: '测试人员', idNumber: testIdNumber(3), phone: testPhone(3), occupation: 'rider', workArea: '青山区', unionId: 'g1', consent: { version: privacyNoticeVersion, privacy: true, sensitive: true } }, 'w');
    await call('member', 'review', { memberId: 'w', decision: 'approve' }, 's');
    const filed = await call('legal', 'submit', submitInput(), 'w');
    await call('legal', 'transition', { step: 'accept', caseId: filed.id, message: '请准备好考勤截图' }, 's');
    await call('legal', 'transition', { step: 'note', caseId: filed.id, noteKind: 'advice', text: '左腿骨折的诊断书也请一并提供' }, 's');
    await call('legal', 'transition', { step: 'close', caseId: filed.id, outcome: 'mediated', summary: '双方签署调解协议' }, 's');
    await call('legal', 'rate', { caseId: filed.id, stars: 5, comment: '非常感谢老李的帮助' }, 'w');

    const secrets = [story.slice(0, 10), contactPhone, '考勤截图', '左腿骨折', '调解协议', '老李的帮助'];
    expect(await local.ports.store.count(Idempotency)).toBeGreaterThanOrEqual(6);
    const read = () =>
      readdirSync(dataDir)
        .filter((name) => name.startsWith('nuanxin.sqlite'))
        .map((name) => readFileSync(path.join(dataDir, name)).toString('utf8'))
        .join('');
    const beforeClose = read();
    local.close();
    for (const bytes of [beforeClose, read()]) {
      expect(bytes).toContain('139****5678');
      for (const secret of secrets) expect(bytes).not.toContain(secret);
    }
    for (const secret of secrets) expect(logs.join('\n')).not.toContain(secret);
  });
});
