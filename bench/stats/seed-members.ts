import { occupations, type Occupation } from '@core/enums/occupation';
import { memberCounterIdOf } from '../../cloudfunctions/common/collections/counters.collection';
import { Unions, unionPathOf, type UnionDoc } from '../../cloudfunctions/common/collections/unions.collection';
import type { SqliteStore } from '../../cloudfunctions/common/adapters/sqlite/sqlite.store';
import { countDriveMetric } from '../../cloudfunctions/common/counters/drive-counters';
import { memberBucketOf, platformFieldOf } from '../../cloudfunctions/common/counters/member-counters';

/**
 * A district for the dashboard benchmark: 青山区总工会 over 4 street and 2 industry unions, each over
 * 8 grassroots unions (54 unions), and `count` approved members spread evenly over every grassroots
 * union × 2 occupations × the 24 months before `now` — so every counter bucket exists at 10,000
 * members as at 1,000,000 and the dashboard reads the same documents at both sizes.
 *
 * Members go straight into SQLite in one transaction (the Store port would check and index each of a
 * million documents one by one); the counters are computed from the same records with the same
 * bucketing the actions use (`memberBucketOf`) and written through the port.
 */
const employers = ['美团外卖', '饿了么蜂鸟', '顺丰速运', '京东物流', '中通快递', '滴滴出行', '货拉拉', null, '某某物业公司'];
const monthMs = 30.5 * 24 * 3_600_000;

export interface BenchDistrict {
  rootId: string;
  grassroots: UnionDoc[];
}

export const seedDistrict = async (store: SqliteStore, now: number): Promise<BenchDistrict> => {
  const unions: UnionDoc[] = [];
  const add = (id: string, name: string, parent: UnionDoc | null, level: UnionDoc['level'], mainOccupation: Occupation | null) => {
    const union: UnionDoc = {
      _id: id,
      name,
      parentId: parent?._id ?? null,
      path: unionPathOf(parent?.path ?? null, id),
      level,
      acceptsMembers: level === 'grassroots',
      mainOccupation,
      area: '青山区',
      address: null,
      foundedAt: now - 400 * 24 * 3_600_000,
      createdAt: now - 400 * 24 * 3_600_000,
    };
    unions.push(union);
    return union;
  };
  const root = add('bench-root', '青山区总工会', null, 'district', null);
  const middles = ['一', '二', '三', '四'].map((n, i) => add(`bench-street-${i}`, `第${n}街道总工会`, root, 'street', null));
  middles.push(add('bench-express', '快递物流行业工会联合会', root, 'industry', null), add('bench-delivery', '网约送餐行业工会联合会', root, 'industry', null));
  const grassroots = middles.flatMap((middle, m) =>
    Array.from({ length: 8 }, (_, g) => add(`bench-g-${m}-${g}`, `${middle.name}第${g + 1}基层工会`, middle, 'grassroots', occupations[(m + g) % 6])),
  );
  for (const union of unions) await store.insert(Unions, union);
  return { rootId: root._id, grassroots };
};

export const seedMembers = (store: SqliteStore, district: BenchDistrict, count: number, now: number): void => {
  const insert = store.database.prepare('INSERT INTO "members" ("_id", doc) VALUES (?, ?)');
  const counters = new Map<string, Record<string, number | string>>();
  const buckets = district.grassroots.length * 2 * 24;
  store.database.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const slot = i % buckets;
      const union = district.grassroots[slot % district.grassroots.length];
      const occupation: Occupation = Math.floor(slot / district.grassroots.length) % 2 === 0 ? (union.mainOccupation ?? 'other') : 'other';
      const joinedAt = now - (1 + Math.floor(slot / (district.grassroots.length * 2))) * monthMs + (i % 997) * 60_000;
      const employer = employers[i % employers.length];
      const serial = String(i).padStart(7, '0');
      const member = {
        _id: `bench-w-${serial}`,
        status: 'approved',
        name: '测试会员',
        idHash: `h${serial}`.padEnd(64, '0'),
        idCipher: 'v1:bench',
        idMasked: `530321********${serial.slice(-4)}`,
        phoneHash: `p${serial}`.padEnd(64, '0'),
        phoneCipher: 'v1:bench',
        phoneMasked: `139****${serial.slice(-4)}`,
        occupation,
        employer,
        workArea: '青山区',
        unionId: union._id,
        unionPath: union.path,
        unionName: union.name,
        driveId: null,
        consent: { version: 'bench', privacyAt: joinedAt, sensitiveAt: joinedAt },
        submittedAt: joinedAt - 86_400_000,
        reviewedAt: joinedAt,
        reviewerOpenid: 'bench-staff',
        rejectReason: null,
        memberNo: `NX${serial}`,
        joinedAt,
        updatedAt: joinedAt,
      } as const;
      insert.run(member._id, JSON.stringify(member));

      const bucket = memberBucketOf(member);
      const id = memberCounterIdOf(bucket.unionId, bucket.occupation, bucket.month);
      const counter = counters.get(id) ?? { kind: 'members', unionId: bucket.unionId, unionPath: bucket.unionPath, occupation: bucket.occupation, month: bucket.month };
      counter.approved = Number(counter.approved ?? 0) + 1;
      const field = platformFieldOf(bucket.platform);
      counter[field] = Number(counter[field] ?? 0) + 1;
      counters.set(id, counter);
    }
    const insertCounter = store.database.prepare('INSERT INTO "counters" ("_id", doc) VALUES (?, ?)');
    for (const [id, counter] of counters) insertCounter.run(id, JSON.stringify({ _id: id, ...counter }));
  })();
};

/** A drive a quarter at every grassroots union over the two years: the `drives` counters the dashboard sums. */
export const seedDriveCounters = async (store: SqliteStore, district: BenchDistrict, now: number): Promise<void> => {
  await store.transaction(async (tx) => {
    for (const union of district.grassroots) {
      for (let quarter = 0; quarter < 8; quarter += 1) {
        const drive = { _id: `bench-drive-${union._id}-${quarter}`, unionId: union._id, unionPath: union.path, startsAt: now - (quarter * 3 + 1) * monthMs };
        await countDriveMetric(tx, drive, 'held');
        await countDriveMetric(tx, drive, 'reached', 40);
        await countDriveMetric(tx, drive, 'joined', 25);
      }
    }
  });
};
