export default definePageConfig({ navigationBarTitleText: '礼包工作' });
