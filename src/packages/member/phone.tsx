import { Button, Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { MobilePhoneSchema } from '@core/contracts/fields';
import type { AppError } from '@core/result';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/FormField';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { changePhone } from '../../services/member/change-phone';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { openPage, routes } from '../../utils/navigate';
import { handOverPhone } from './phone-handoff';
import './phone.scss';

/**
 * 更换手机号: a member's number changed. A number "already used" by another record is explained, with
 * the way to have the union check it (the old owner may have given it up long ago).
 */
export default function ChangePhonePage() {
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  const [toast, showToast] = useToast();
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [taken, setTaken] = useState<AppError | null>(null);
  const change = useSubmit((requestId, value: string) => changePhone(value, requestId), (value) => value);
  const member = me.data?.member ?? null;

  const submit = async () => {
    const checked = MobilePhoneSchema.safeParse(phone, { errorMap: chineseErrorMap });
    if (!checked.success) return setError(fieldErrorsOf(checked.error)._ ?? '请填写11位手机号');
    const result = await change.submit(checked.data);
    if (!result) return;
    if (result.ok) {
      setPhone('');
      showToast(`手机号已更换为 ${result.data.phoneMasked}`, 'success');
      return void me.reload();
    }
    if (result.error.code === 'MEMBER.PHONE_TAKEN') return setTaken(result.error);
    // MEMBER.CONSENT_OUTDATED: call() has opened the renew page; nothing to mark on this form.
    if (result.error.code === 'MEMBER.CONSENT_OUTDATED') return;
    setError(result.error.fields?.phone ?? null);
    showToast(result.error.message, 'fail');
  };

  return (
    <PageShell className="nx-phone">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {me.data && member?.status !== 'approved' ? (
          <EmptyState mark="号" title="入会后才能在这里换手机号" description="还在审核或被驳回的申请，可以在入会进度里修改后重新提交。" actionText="查看入会进度" onAction={() => openPage(routes.joinStatus)} />
        ) : null}
        {member?.status === 'approved' ? (
          <>
            {member.phoneNeedsUpdate ? (
              <View className="nx-phone__alert nx-phone-needs-update">
                <Text className="nx-phone__alert-title">请更新你的手机号</Text>
                <Text>工会核实过，你登记的号码现在属于别人了。换上你正在用的号码，工会才能联系到你。</Text>
              </View>
            ) : null}
            <View className="nx-card">
              <Text className="nx-caption">现在登记的手机号</Text>
              <Text className="nx-lead nx-phone-current">{member.phoneMasked}</Text>
            </View>
            <View className="nx-card">
              <FormField id="nx-field-phone" label="新的手机号" error={error}>
                <Input
                  className="nx-phone-input"
                  type="tel"
                  value={phone}
                  maxLength={13}
                  placeholder="11位手机号"
                  clearable
                  onChange={(value) => {
                    setPhone(value);
                    setError(null);
                  }}
                />
              </FormField>
              <Button className="nx-phone-submit" type="primary" size="large" block loading={change.busy} onClick={() => void submit()}>
                {change.busy ? '正在更换…' : '更换手机号'}
              </Button>
              <Text className="nx-caption nx-phone__footnote">手机号加密保存，工会工作人员只能看到打星号的部分。</Text>
            </View>
          </>
        ) : null}
      </LoadState>

      <Dialog
        className="nx-phone-taken"
        visible={taken !== null}
        title="这个手机号已被其他记录使用"
        content={taken?.message}
        confirmText="申请工会核实"
        cancelText="换一个号码"
        onCancel={() => setTaken(null)}
        onClose={() => setTaken(null)}
        onConfirm={() => {
          setTaken(null);
          handOverPhone(phone);
          openPage(routes.phoneConflict);
        }}
      />
      {toast}
    </PageShell>
  );
}
