export default definePageConfig({ navigationBarTitleText: '礼包核销' });
