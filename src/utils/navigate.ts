import Taro from '@tarojs/taro';

/** Every route the app opens, in one place, so a moved page is one edit. */
export const routes = {
  home: '/pages/home/index',
  card: '/pages/card/index',
  me: '/pages/me/index',
  join: '/packages/join/index',
  joinStatus: '/packages/join/status',
  staffApplications: '/packages/staff/applications/index',
  transfer: '/packages/member/transfer', changePhone: '/packages/member/phone', phoneConflict: '/packages/member/phone-conflict', withdraw: '/packages/member/withdraw', myData: '/packages/member/my-data', deleteMyData: '/packages/member/delete', renewConsent: '/packages/member/consent',
  staffTransfers: '/packages/staff/transfers/index', staffMoveMember: '/packages/staff/move/index', staffPhoneConflicts: '/packages/staff/phone-conflicts/index',
  staffPeople: '/packages/staff/people/index', staffUnions: '/packages/staff/unions/index',
  legal: '/packages/legal/index', staffLegalQueue: '/packages/legal/staff/queue',
  driveEntry: '/packages/drive/index', staffDrives: '/packages/drive/staff/list', staffDriveCreate: '/packages/drive/staff/create', staffDrive: '/packages/drive/staff/detail', staffDriveBoard: '/packages/drive/staff/board', dashboard: '/packages/dashboard/index',
  health: '/packages/health/index', staffHealth: '/packages/health/staff/index',
  welfare: '/packages/welfare/index', stations: '/packages/welfare/stations', staffWelfare: '/packages/welfare/staff/index',
} as const;

const tabRoutes: readonly string[] = [routes.home, routes.card, routes.me];

/** Opens a page, switching tabs for tab pages (navigateTo cannot open them). */
export const openPage = (url: string): void => {
  const path = url.split('?')[0];
  // A failed navigation (page stack full, double tap) leaves the worker where they are; nothing to report.
  const done = tabRoutes.includes(path) ? Taro.switchTab({ url: path }) : Taro.navigateTo({ url });
  done.catch(() => undefined);
};
