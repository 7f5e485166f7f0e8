export default definePageConfig({ navigationBarTitleText: '工会管理' });
