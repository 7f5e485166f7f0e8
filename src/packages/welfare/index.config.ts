export default definePageConfig({ navigationBarTitleText: '领礼包', enablePullDownRefresh: true });
