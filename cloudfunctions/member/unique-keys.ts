import { UniqueKeys, type UniqueKeyDoc } from '../common/collections/unique-keys.collection';
import type { DocumentOps } from '../common/ports/store.port';

/**
 * The unique-key documents guarding ID numbers and phones (DESIGN.md "Data"), inside the transaction
 * that writes the record they guard.
 */

/** Takes `keyId` for `openid`: `'taken'` when another record holds it. Holding it already is fine. */
export const claimKey = async (
  tx: DocumentOps,
  kind: UniqueKeyDoc['kind'],
  keyId: string,
  openid: string,
  now: number,
): Promise<'claimed' | 'taken'> => {
  const key = await tx.get(UniqueKeys, keyId);
  if (key) return key.owner === openid ? 'claimed' : 'taken';
  await tx.insert(UniqueKeys, { _id: keyId, kind, owner: openid, createdAt: now });
  return 'claimed';
};

/**
 * Gives `keyId` up — only if `openid` holds it: staff may have handed a phone to someone else since,
 * and that person's key must survive this record letting go of the value.
 */
export const releaseKey = async (tx: DocumentOps, keyId: string, openid: string): Promise<void> => {
  const key = await tx.get(UniqueKeys, keyId);
  if (key?.owner === openid) await tx.remove(UniqueKeys, keyId);
};
