export default definePageConfig({ navigationBarTitleText: '我的礼包券', enablePullDownRefresh: true });
