export default definePageConfig({ navigationBarTitleText: '转会审核' });
