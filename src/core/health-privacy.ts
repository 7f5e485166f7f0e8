/**
 * What booking a health check asks the worker to agree to, separately from the join notice (PIPL:
 * health information is sensitive personal data and needs its own consent). Bump the version when the
 * text changes; a booking made against an older version is refused until the worker agrees again.
 */
export const healthNoticeVersion = '2026-12-01';

export const healthNoticeSummary = [
  '预约时，工会把你的姓名和身份证号后四位给体检点核对身份，不给你的雇主或平台。',
  '只会问检查本身需要的健康问题（比如女工友是否可能怀孕，关系到能不能拍胸片），回答加密保存。',
  '体检结果由医院直接交给你，工会不保存你的检查结果。',
  '你可以随时取消预约，也可以在“我的”里导出或删除这些信息。',
];

export const healthConsentLabel = '我同意为这次体检处理上面说的信息（含健康信息）';
