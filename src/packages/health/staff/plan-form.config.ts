export default definePageConfig({ navigationBarTitleText: '新建体检计划' });
