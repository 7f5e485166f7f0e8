export default definePageConfig({ navigationBarTitleText: '申请核实手机号' });
