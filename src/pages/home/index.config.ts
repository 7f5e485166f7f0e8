export default definePageConfig({
  navigationBarTitleText: '暖新',
  enablePullDownRefresh: true,
});
