import { Counters } from '../../cloudfunctions/common/collections/counters.collection';
import { Drives } from '../../cloudfunctions/common/collections/drives.collection';
import { Members } from '../../cloudfunctions/common/collections/members.collection';
import { Signins } from '../../cloudfunctions/common/collections/signins.collection';
import { countDriveMetric, countOnBoard, signedInField } from '../../cloudfunctions/common/counters/drive-counters';
import type { CollectionDef, Doc, DocumentOps, Store } from '../../cloudfunctions/common/ports/store.port';
import { findAll } from '../../cloudfunctions/common/runtime/find-all';
import { countMember } from '../../cloudfunctions/member/member-counters';

/**
 * "Counters equal a recount" (DESIGN.md): the counters the records imply, computed from the records
 * alone and compared with the stored counter documents. The records are replayed through the very
 * functions the actions count with — `countMember` for every approved member (approval, transfer and
 * 退会 all count through it) and the drive counters for every drive, sign-in and union founded at a
 * drive — into memory. Shared by the member tests and the dashboard's.
 *
 * Compared: every numeric field of the kinds recounted here (`members`, `drives`, `driveBoard`).
 * `memberMoves` (transfers and withdrawals per month) and the member-number `sequence` are flows, not
 * states: no set of records implies them.
 */
export type CounterFigures = Map<string, Record<string, number>>;

const recountedKinds = ['members', 'drives', 'driveBoard'] as const;
export type RecountedKind = (typeof recountedKinds)[number];

/** A transaction that reads through to the store and adds increments up in `figures`; it writes nothing. */
const tallyingOps = (store: Store, figures: CounterFigures): DocumentOps => ({
  get: (collection, id) => store.get(collection, id),
  increment: async <T extends Doc>(_collection: CollectionDef<T>, id: string, by: Readonly<Record<string, number>>) => {
    const current = figures.get(id) ?? {};
    for (const [field, delta] of Object.entries(by)) current[field] = (current[field] ?? 0) + delta;
    figures.set(id, current);
  },
  insert: async () => {
    throw new Error('a recount only counts');
  },
  update: async () => {
    throw new Error('a recount only counts');
  },
  remove: async () => {
    throw new Error('a recount only counts');
  },
});

/** The counters the records imply, by counter id. */
export const recount = async (store: Store): Promise<CounterFigures> => {
  const figures: CounterFigures = new Map();
  const ops = tallyingOps(store, figures);
  const [approved, drives, signins] = await Promise.all([
    findAll(store, Members, { where: { status: 'approved' } }),
    findAll(store, Drives),
    findAll(store, Signins),
  ]);
  for (const member of approved) await countMember(ops, { ...member, joinedAt: member.joinedAt ?? 0 }, 1);
  const driveById = new Map(drives.map((drive) => [drive._id, drive]));
  for (const drive of drives) {
    await countDriveMetric(ops, drive, 'held');
    for (let i = 0; i < drive.foundedUnions.length; i += 1) {
      await countDriveMetric(ops, drive, 'founded');
      await countOnBoard(ops, drive, { founded: 1 });
    }
  }
  for (const signin of signins) {
    const drive = driveById.get(signin.driveId);
    if (!drive) continue;
    await countDriveMetric(ops, drive, 'reached');
    await countOnBoard(ops, drive, { signedIn: 1, [signedInField(signin.occupation)]: 1 });
  }
  return figures;
};

const kindOfId = (id: string): string => id.split(':')[0];

/**
 * Where the stored counters differ from the recount, as `{ id, field, stored, recounted }` rows: empty
 * when they agree. A stored count with no record behind it (a member who left, still counted) shows
 * up as much as a missing one. `kinds` narrows the comparison (member tests whose world seeds a drive
 * without its `held` count compare `['members']`).
 */
export const countersDrift = async (store: Store, options: { kinds?: readonly RecountedKind[] } = {}) => {
  const kinds: readonly string[] = options.kinds ?? recountedKinds;
  const figures = await recount(store);
  const stored = (await findAll(store, Counters)).filter((doc) => kinds.includes(doc.kind));
  const storedById = new Map(stored.map((doc) => [doc._id, doc as Record<string, unknown>]));
  const recountedIds = [...figures.keys()].filter((id) => kinds.includes(kindOfId(id)));

  const drift: Array<{ id: string; field: string; stored: number; recounted: number }> = [];
  for (const id of new Set([...recountedIds, ...storedById.keys()])) {
    const doc = storedById.get(id);
    const recounted = figures.get(id) ?? {};
    const numericFields = Object.keys(doc ?? {}).filter((field) => typeof doc?.[field] === 'number');
    for (const field of new Set([...Object.keys(recounted), ...numericFields])) {
      const storedValue = typeof doc?.[field] === 'number' ? (doc[field] as number) : 0;
      const recountedValue = recounted[field] ?? 0;
      if (storedValue !== recountedValue) drift.push({ id, field, stored: storedValue, recounted: recountedValue });
    }
  }
  return drift;
};
