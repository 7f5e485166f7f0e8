import { chineseErrorMap, fieldErrorsOf } from '../../zod-messages';
import { privacyNoticeVersion } from '../../privacy';
import { JoinInputSchema, ReviewInputSchema } from '../member.contract';

const validJoin = {
  name: '李明',
  idNumber: '530321199203151232',
  phone: '138 1234 5678',
  occupation: 'rider',
  workArea: '青山区长青街道',
  unionId: 'u-rider-1',
  consent: { version: privacyNoticeVersion, privacy: true, sensitive: true },
};

const fieldsOf = (result: ReturnType<typeof JoinInputSchema.safeParse>) =>
  result.success ? {} : fieldErrorsOf(result.error);

describe('the join contract', () => {
  it('normalizes the ID number and phone it accepts', () => {
    const parsed = JoinInputSchema.parse({ ...validJoin, idNumber: '11010519491231002x', employer: '  ' });
    expect(parsed.idNumber).toBe('11010519491231002X');
    expect(parsed.phone).toBe('13812345678');
    expect(parsed.employer).toBeUndefined();
  });

  it('names each bad field with a Chinese message', () => {
    const result = JoinInputSchema.safeParse(
      { ...validJoin, idNumber: '110105194912310021', phone: '12345', occupation: 'pilot' },
      { errorMap: chineseErrorMap },
    );
    expect(fieldsOf(result)).toEqual({
      idNumber: '身份证号校验不通过，请逐位核对',
      phone: '请填写11位手机号',
      occupation: '请选择职业',
    });
  });

  it('requires both consents, separately', () => {
    const result = JoinInputSchema.safeParse(
      { ...validJoin, consent: { version: privacyNoticeVersion, privacy: true, sensitive: false } },
      { errorMap: chineseErrorMap },
    );
    expect(fieldsOf(result)).toEqual({ 'consent.sensitive': '请同意处理身份证号等敏感信息' });
  });

  it('refuses fields it does not know', () => {
    const result = JoinInputSchema.safeParse({ ...validJoin, employerPhone: '13800000000' }, { errorMap: chineseErrorMap });
    expect(fieldsOf(result)).toEqual({ _: '包含不认识的内容' });
  });
});

describe('the review contract', () => {
  it('requires a reason to reject', () => {
    const result = ReviewInputSchema.safeParse({ memberId: 'w1', decision: 'reject', reason: ' ' }, { errorMap: chineseErrorMap });
    expect(result.success ? {} : fieldErrorsOf(result.error)).toEqual({ reason: '驳回时请写明原因，方便会员修改' });
  });

  it('approves without a reason', () => {
    expect(ReviewInputSchema.safeParse({ memberId: 'w1', decision: 'approve' }).success).toBe(true);
  });
});
