export default definePageConfig({ navigationBarTitleText: '排期' });
