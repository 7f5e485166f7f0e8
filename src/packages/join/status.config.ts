export default definePageConfig({ navigationBarTitleText: '入会进度' });
