export default definePageConfig({ navigationBarTitleText: '退会' });
