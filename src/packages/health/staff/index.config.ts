export default definePageConfig({ navigationBarTitleText: '体检工作' });
