/**
 * The privacy notice the join form shows. Bump the version whenever the text changes: a worker who
 * agreed to an older version is asked again before anything new is collected.
 */
export const privacyNoticeVersion = '2026-11-01';

export const privacyNoticeSummary = [
  '我们只收集入会需要的信息：姓名、身份证号、手机号、职业、工作单位（可不填）和工作区域。',
  '身份证号和手机号加密保存，工会工作人员只能看到打了星号的部分。',
  '入会不会通知你的雇主或平台。',
  '你可以随时查看、导出或删除自己的信息，也可以退会。',
];

export const sensitiveDataNotice = '身份证号属于敏感个人信息，只用于确认你是本人、防止重复入会。';
