export default definePageConfig({ navigationBarTitleText: '双覆盖活动' });
