import { Button, Checkbox, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PhoneConflictSelfView, ReportPhoneConflictInput } from '@core/contracts/member-phone.contract';
import { ReportPhoneConflictInputSchema } from '@core/contracts/member-phone.contract';
import { phoneConflictStatusLabels } from '@core/enums/phone-conflict-status';
import { privacyNoticeVersion } from '@core/privacy';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { FormField } from '../../components/FormField';
import { PageShell } from '../../components/PageShell';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { reportPhoneConflict } from '../../services/member/report-phone-conflict';
import { askToBeNotified } from '../../services/subscribe';
import { formatDateTime } from '../../utils/format-time';
import { takeHandedOverPhone } from './phone-handoff';
import './phone-conflict.scss';

/**
 * 申请核实手机号: told a number is "already used", the worker says it is theirs. Staff of the union
 * holding the other record check with both people; once the number is found to be theirs, they can
 * join or change to it.
 */
export default function PhoneConflictPage() {
  const [toast, showToast] = useToast();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState(takeHandedOverPhone);
  const [note, setNote] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<PhoneConflictSelfView | null>(null);
  const [free, setFree] = useState(false);
  const report = useSubmit((requestId, input: ReportPhoneConflictInput) => reportPhoneConflict(input, requestId), (input) => input.phone);

  // A member's name is known: one field less to type.
  useEffect(() => {
    void fetchMyMembership().then((result) => {
      if (result.ok && result.data.member) setName((current) => current || result.data.member?.name || '');
    });
  }, []);

  const submit = async () => {
    const input = { name, phone, ...(note.trim() ? { note: note.trim() } : {}), consent: { version: privacyNoticeVersion, privacy: agreed } };
    const checked = ReportPhoneConflictInputSchema.safeParse(input, { errorMap: chineseErrorMap });
    if (!checked.success) return setErrors(fieldErrorsOf(checked.error));
    askToBeNotified(['phoneConflictResolved']);
    const result = await report.submit(checked.data);
    if (!result) return;
    if (result.ok) return setSent(result.data);
    if (result.error.code === 'MEMBER.PHONE_NOT_TAKEN') return setFree(true);
    setErrors(result.error.fields ?? {});
    showToast(result.error.message, 'fail');
  };

  if (sent) {
    return (
      <PageShell className="nx-conflict">
        <View className="nx-card nx-conflict__sent" id="nx-conflict-sent">
          <Text className="nx-hero">已提交，等工会核实</Text>
          <Text className="nx-lead">号码 {sent.phoneMasked}</Text>
          <Text className="nx-muted">状态：{phoneConflictStatusLabels[sent.status]} · {formatDateTime(sent.reportedAt)}</Text>
          <Text className="nx-conflict__text">工作人员会联系原来登记这个号码的人。核实后会通知你结果；号码归你后，就可以用它入会或更换手机号。</Text>
        </View>
        {toast}
      </PageShell>
    );
  }

  return (
    <PageShell className="nx-conflict">
      <View className="nx-card nx-conflict__intro">
        <Text className="nx-card__title">号码是你的，却显示“已被使用”？</Text>
        <Text className="nx-conflict__text">运营商会把停用的号码重新分配给别人，所以以前登记这个号码的人，可能已经不用它了。</Text>
        <Text className="nx-conflict__text">提交后，这个号码所在工会的工作人员会联系双方核实。核实前，号码不会从原来的记录里拿走。</Text>
      </View>
      {free ? (
        <View className="nx-conflict__free nx-conflict-free">
          <Text>这个号码现在没有被其他记录占用，可以直接用它入会或更换手机号。</Text>
        </View>
      ) : null}
      <View className="nx-card">
        <FormField id="nx-field-name" label="你的姓名" hint="工作人员核实时怎么称呼你" error={errors.name}>
          <Input className="nx-conflict-name" value={name} maxLength={20} placeholder="和身份证上一致" clearable onChange={setName} />
        </FormField>
        <FormField id="nx-field-phone" label="被占用的手机号" error={errors.phone}>
          <Input className="nx-conflict-phone" type="tel" value={phone} maxLength={13} placeholder="11位手机号" clearable onChange={setPhone} />
        </FormField>
        <FormField id="nx-field-note" label="补充说明" optional error={errors.note}>
          <TextArea className="nx-conflict-note" value={note} maxLength={200} placeholder="如：这个号码是我去年在营业厅新办的" onChange={setNote} />
        </FormField>
        <View id="nx-field-consent-privacy" className="nx-conflict__consent">
          <Checkbox
            className="nx-conflict-consent"
            checked={agreed}
            onChange={setAgreed}
            label="我同意工会为核实号码使用我填写的姓名、手机号和说明"
          />
          {errors['consent.privacy'] ? <Text className="nx-field-error">{errors['consent.privacy']}</Text> : null}
        </View>
        <Button className="nx-conflict-submit" type="primary" size="large" block loading={report.busy} onClick={() => void submit()}>
          {report.busy ? '正在提交…' : '提交核实申请'}
        </Button>
      </View>
      {toast}
    </PageShell>
  );
}
