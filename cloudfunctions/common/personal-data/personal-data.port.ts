import type { Store } from '../ports/store.port';
import type { Ports } from '../runtime/ports';

/**
 * PIPL (个人信息保护法) rights over one worker's data — see, export, delete — span every feature's
 * collections. Each feature that stores anything about a worker registers one holder here (one line in
 * `holders.ts`), so `member.exportMine` and `member.deleteMine` reach everything without knowing every
 * feature.
 */
export interface PersonalDataHolder {
  /** The feature, for the export's section title: `入会`, `礼包`, `法律援助`, `体检`, `活动签到`. */
  label: string;
  /** The collections this holder reads and erases, for the deletion test's byte search. */
  collections: readonly string[];
  /**
   * Everything stored about `openid`, readable (Chinese keys or a plain structure), with the worker's
   * own ID number and phone decrypted: the export is for them alone. Null when there is nothing.
   */
  exportFor(openid: string, ports: Pick<Ports, 'store' | 'pii' | 'files'>): Promise<unknown>;
  /**
   * Erases or irreversibly anonymizes everything about `openid` (files included), keeping only the
   * anonymous counts reports need and what the law requires to keep. Must be safe to run twice.
   * Open matters are closed first (a legal case as withdrawn); say so in `notices`, which the worker
   * reads once it is done.
   */
  eraseFor(openid: string, ports: Pick<Ports, 'store' | 'files' | 'clock'>): Promise<void | ErasureReport>;
  /**
   * What erasing will do beyond deleting, for the worker to read before they confirm: `你有1件进行中的
   * 法律援助案件，删除后会作为撤回关闭`. Optional: most holders just delete.
   */
  erasureWarningsFor?(openid: string, ports: Pick<Ports, 'store'>): Promise<string[]>;
}

export interface ErasureReport {
  /** Plain Chinese, to the worker: what was closed or ended on the way. */
  notices?: string[];
}

export type { Store };
