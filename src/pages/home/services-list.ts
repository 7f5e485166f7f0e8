import { routes } from '../../utils/navigate';
import type { ServiceTile } from './components/ServiceGrid';

/** What 暖新 offers; `soon` until the feature's subpackage ships (issues 3+), so nothing pretends. */
export const serviceTiles: readonly ServiceTile[] = [
  { key: 'join', name: '入会', mark: '会', hint: '加入工会' },
  { key: 'welfare', name: '领礼包', mark: '礼', hint: '冬暖夏凉', route: routes.welfare },
  { key: 'legal', name: '法律援助', mark: '法', hint: '欠薪工伤', route: routes.legal },
  { key: 'health', name: '体检预约', mark: '检', hint: '免费体检', route: routes.health },
  { key: 'stations', name: '附近驿站', mark: '站', hint: '歇脚充电', route: routes.stations },
];
