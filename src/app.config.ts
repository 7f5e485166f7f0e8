/**
 * Pages and packages. The main package holds only the three tabs; every feature is a subpackage under
 * packages/ (join, staff now; welfare, legal, health, drive later) so the main package stays small.
 */
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/card/index', 'pages/me/index'],
  subPackages: [
    { root: 'packages/join', pages: ['index', 'status'] },
    { root: 'packages/welfare', pages: ['index', 'vouchers', 'stations', 'staff/index', 'staff/redeem', 'staff/campaigns', 'staff/campaign', 'staff/campaign-form', 'staff/station-form'] },
    { root: 'packages/drive', pages: ['index', 'staff/list', 'staff/create', 'staff/detail', 'staff/board'] },
    { root: 'packages/dashboard', pages: ['index'] },
    { root: 'packages/health', pages: ['index', 'plan', 'booking', 'staff/index', 'staff/checkin', 'staff/stats', 'staff/plan-form', 'staff/slots'] },
    { root: 'packages/staff', pages: ['applications/index', 'transfers/index', 'move/index', 'phone-conflicts/index', 'people/index', 'unions/index'] },
    { root: 'packages/member', pages: ['transfer', 'phone', 'phone-conflict', 'withdraw', 'my-data', 'delete', 'consent'] },
    { root: 'packages/legal', pages: ['index', 'apply', 'case', 'staff/queue', 'staff/case', 'staff/settings'] },
  ],
  // Fetch the join package while the worker looks at the home page: most first visits end up there.
  preloadRule: { 'pages/home/index': { network: 'all', packages: ['packages/join'] } },
  window: {
    navigationBarTitleText: '暖新',
    navigationBarBackgroundColor: '#c8402a',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f7f3ee',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#5c5c5c',
    selectedColor: '#c8402a',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/card/index',
        text: '会员卡',
        iconPath: 'assets/tabbar/card.png',
        selectedIconPath: 'assets/tabbar/card-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // 附近驿站 and the station chooser sort by distance, and staff set a station's or a drive's place from
  // where they stand: getLocation goes through WeChat's privacy flow (the pages' PrivacyPopup answers
  // onNeedPrivacyAuthorization) and the location permission.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于把离你最近的驿站排在前面，记下活动地点' } },
  __usePrivacyCheck__: true,
});
