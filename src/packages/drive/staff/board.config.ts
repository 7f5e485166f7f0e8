export default definePageConfig({ navigationBarTitleText: '现场大屏', pageOrientation: 'auto' });
