import { driveTimeline } from '../../drive/drive.timeline';
import { healthTimeline } from '../../health/health.timeline';
import { legalTimeline } from '../../legal/legal.timeline';
import { membershipTimeline } from '../../member/member.timeline';
import { welfareTimeline } from '../../welfare/welfare.timeline';
import type { TimelineSource } from './timeline-source.port';

/**
 * Every feature's timeline source, one line each, in the order their filters appear on 我的. A feature
 * with something a worker has (a voucher, a case, a booking, a drive sign-in) adds its line here.
 */
export const timelineSources: readonly TimelineSource[] = [
  membershipTimeline,
  welfareTimeline,
  legalTimeline,
  healthTimeline,
  driveTimeline,
];
