export default definePageConfig({ navigationBarTitleText: '删除我的信息' });
