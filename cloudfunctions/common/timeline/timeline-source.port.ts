import type { TimelineEntry, TimelineSection } from '@core/contracts/member-data.contract';
import type { Ports } from '../runtime/ports';

/**
 * 我的's timeline spans every feature (membership, vouchers, cases, bookings, drives attended). Each
 * feature that has something to show a worker registers one source (one line in `sources.ts`), so
 * `member.timeline` shows it without knowing the feature.
 */
export interface TimelineSource {
  /** The feature's section: `{ key: 'welfare', label: '礼包' }`; the page offers a filter per section. */
  section: TimelineSection;
  /**
   * The worker's entries in this section, newest first, at most 50: each with `section` set to
   * `section.key`, an `id` prefixed with it, and a `link` to its detail page.
   */
  entriesFor(openid: string, ports: Pick<Ports, 'store' | 'clock'>): Promise<TimelineEntry[]>;
}
