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

/**
 * What a tap records from a worker who has not joined (and so agreed to nothing), said on the page
 * before the tap, with the notice above a tap away. Not part of the versioned notice members agree to.
 */
export const collectionNotices = {
  welfareClaim: '领取会记下你的微信账号、职业和选的驿站，只用来发礼包和统计人数。',
  driveSignIn: '签到会记下你的微信账号和职业，只用来统计到场人数。',
} as const;
