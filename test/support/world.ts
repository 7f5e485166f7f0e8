import { privacyNoticeVersion } from '@core/privacy';
import type { JoinInput } from '@core/contracts/member.contract';
import type { Envelope } from '@core/result';
import { Staff, staffIdOf } from '../../cloudfunctions/common/collections/staff.collection';
import { Unions, unionPathOf, type UnionDoc } from '../../cloudfunctions/common/collections/unions.collection';
import { Drives } from '../../cloudfunctions/common/collections/drives.collection';
import { allCollections } from '../../cloudfunctions/common/collections';
import { composeInMemory, composeLocal, type LocalComposition } from '../../cloudfunctions/common/composition/local.composition';
import { fixedClock } from '../../cloudfunctions/common/ports/clock.port';
import type { Logger } from '../../cloudfunctions/common/ports/logger.port';
import type { StaffRole } from '@core/enums/staff-role';
import { handleCall } from '../../cloudfunctions/common/runtime/router';
import { functionRegistry } from '../../cloudfunctions/registry';
import { testIdNumber, testPhone } from './id-numbers';

/**
 * A small union world on a real in-memory SQLite store, driven through the real router:
 *
 *   root 青山区总工会
 *   ├── street 长青街道总工会
 *   │   ├── g1 长青站点骑手工会 (accepts members; staffHere works here)
 *   │   └── g1b 长青快递驿站工会 (accepts members)
 *   └── industry 货运行业工会联合会
 *       └── g2 货运司机联合工会 (accepts members; staffElsewhere works here)
 *
 * People: `worker` (nobody yet), `member` (approved in g1), `staffHere`, `staffElsewhere`, `admin`
 * (admin of root). The clock starts at 2026-11-29 10:00 Asia/Shanghai.
 */
export const people = {
  worker: 'w-worker',
  member: 'w-member',
  staffHere: 's-here',
  staffElsewhere: 's-else',
  admin: 's-admin',
} as const;
export type Role = keyof typeof people | 'anonymous';
export const roles: readonly Role[] = ['anonymous', 'worker', 'member', 'staffHere', 'staffElsewhere', 'admin'];

export const startOfWorld = Date.parse('2026-11-29T10:00:00+08:00');
const dayMs = 24 * 60 * 60 * 1000;

const unionRows: Array<Pick<UnionDoc, '_id' | 'name' | 'parentId' | 'level' | 'acceptsMembers' | 'mainOccupation'>> = [
  { _id: 'root', name: '青山区总工会', parentId: null, level: 'district', acceptsMembers: false, mainOccupation: null },
  { _id: 'street', name: '长青街道总工会', parentId: 'root', level: 'street', acceptsMembers: false, mainOccupation: null },
  { _id: 'g1', name: '长青站点骑手工会', parentId: 'street', level: 'grassroots', acceptsMembers: true, mainOccupation: 'rider' },
  { _id: 'g1b', name: '长青快递驿站工会', parentId: 'street', level: 'grassroots', acceptsMembers: true, mainOccupation: null },
  { _id: 'industry', name: '货运行业工会联合会', parentId: 'root', level: 'industry', acceptsMembers: false, mainOccupation: null },
  { _id: 'g2', name: '货运司机联合工会', parentId: 'industry', level: 'grassroots', acceptsMembers: true, mainOccupation: 'trucker' },
];

export interface World extends LocalComposition {
  clock: ReturnType<typeof fixedClock>;
  /** Calls `fn.action` through the router as `as` (an openid, a role name, or null for anonymous). */
  call<T = unknown>(fn: string, action: string, data: unknown, as: Role | string | null, requestId?: string): Promise<Envelope<T>>;
  /** A valid join input for test person `serial` into `unionId`. */
  joinInput(serial: number, unionId?: string, extra?: Partial<JoinInput>): JoinInput;
  unionPath(id: string): string;
  /** Number of documents in every collection, to prove a failed call wrote nothing. */
  snapshot(): Promise<Record<string, number>>;
  logs: Array<{ level: string; message: string; meta?: Record<string, unknown> }>;
}

export const createWorld = async (options: { adminOpenids?: string[]; dataDir?: string } = {}): Promise<World> => {
  const clock = fixedClock(startOfWorld - 7 * dayMs);
  const logs: World['logs'] = [];
  const logger: Logger = {
    info: (message, meta) => logs.push({ level: 'info', message, meta }),
    error: (message, meta) => logs.push({ level: 'error', message, meta }),
  };
  // A data dir puts the database in files, for tests that read the bytes on disk (erasure).
  const composition = options.dataDir
    ? composeLocal({ dataDir: options.dataDir, clock, logger, env: { NUANXIN_ADMIN_OPENIDS: (options.adminOpenids ?? []).join(',') } })
    : composeInMemory({ clock, logger, adminOpenids: options.adminOpenids });
  const { store } = composition.ports;

  const paths = new Map<string, string>();
  for (const row of unionRows) {
    const path = unionPathOf(row.parentId ? (paths.get(row.parentId) ?? null) : null, row._id);
    paths.set(row._id, path);
    await store.insert(Unions, { ...row, path, area: '青山区', address: null, foundedAt: clock.now(), createdAt: clock.now() });
  }
  const grant = async (openid: string, unionId: string, grantRoles: StaffRole[]) =>
    store.insert(Staff, {
      _id: staffIdOf(openid, unionId),
      openid,
      unionId,
      unionPath: paths.get(unionId)!,
      unionName: unionRows.find((row) => row._id === unionId)!.name,
      roles: grantRoles,
      grantedAt: clock.now(),
      grantedBy: 'test',
    });
  await grant(people.staffHere, 'g1', ['reviewer', 'operator']);
  await grant(people.staffElsewhere, 'g2', ['reviewer', 'operator']);
  await grant(people.admin, 'root', ['admin']);
  await store.insert(Drives, {
    _id: 'drive-1',
    title: '长青站点集中入会活动',
    unionId: 'g1',
    unionPath: paths.get('g1')!,
    unionName: '长青站点骑手工会',
    place: '长青路美团站点',
    startsAt: startOfWorld + dayMs,
    endsAt: startOfWorld + dayMs + 3 * 3600_000,
    createdBy: people.staffHere,
    createdAt: clock.now(),
    kinds: ['founding'],
    location: null,
    audience: { occupations: ['rider'], platforms: [] },
    welfareCampaignId: null,
    notes: null,
    qrFileId: null,
    foundedUnions: [],
  });

  const joinInput: World['joinInput'] = (serial, unionId = 'g1', extra = {}) => ({
    name: '测试人员',
    idNumber: testIdNumber(serial),
    phone: testPhone(serial),
    occupation: 'rider',
    workArea: '青山区长青街道',
    unionId,
    consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
    ...extra,
  });

  const call: World['call'] = async (fn, action, data, as, requestId) => {
    const openid = as === null || as === 'anonymous' ? null : ((people as Record<string, string>)[as] ?? as);
    const actions = (functionRegistry as Record<string, Parameters<typeof handleCall>[1]>)[fn] ?? {};
    return handleCall(fn, actions, { action, data, requestId }, openid, {
      ports: composition.ports,
      adminOpenids: composition.adminOpenids,
      idempotency: { waitMs: 500, pollMs: 5 },
    }) as Promise<Envelope<never>>;
  };

  // The approved member joined a week ago.
  const joined = await call('member', 'join', joinInput(1, 'g1', { name: '王会员' }), people.member);
  if (!joined.ok) throw new Error(`world: member join failed: ${JSON.stringify(joined.error)}`);
  const approved = await call('member', 'review', { memberId: people.member, decision: 'approve' }, people.staffHere);
  if (!approved.ok) throw new Error(`world: approval failed: ${JSON.stringify(approved.error)}`);
  clock.set(startOfWorld);

  const snapshot = async () => {
    const counts: Record<string, number> = {};
    for (const collection of allCollections) counts[collection.name] = await store.count(collection);
    return counts;
  };

  return { ...composition, clock, call, joinInput, unionPath: (id) => paths.get(id)!, snapshot, logs };
};
