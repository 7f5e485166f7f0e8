import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/FormField';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { withdrawMembership } from '../../services/member/withdraw-membership';
import { formatDate } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import './withdraw.scss';

type Step = 'form' | 'sure' | 'last';

/** 退会: what it means, an optional reason, then asked twice — a tap in passing must never end a membership. */
export default function WithdrawPage() {
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  const [toast, showToast] = useToast();
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<Step>('form');
  // What 退会 gave back (a booking cancelled, a voucher ended): shown once, with the confirmation.
  const [released, setReleased] = useState<string[]>([]);
  // One withdrawal, whatever reason is typed before a retry.
  const withdraw = useSubmit((requestId, text: string) => withdrawMembership(text.trim() || undefined, requestId), () => 'withdraw');
  const member = me.data?.member ?? null;

  const confirmLast = async () => {
    const result = await withdraw.submit(reason);
    setStep('form');
    if (!result) return;
    if (!result.ok) return showToast(result.error.message, 'fail');
    setReleased(result.data.notices);
    await me.reload();
  };

  return (
    <PageShell className="nx-withdraw">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {member?.status === 'withdrawn' ? (
          <View className="nx-card nx-withdraw__done" id="nx-withdraw-done">
            <Text className="nx-hero">你已退会</Text>
            <Text className="nx-lead">{member.withdrawnAt ? `${formatDate(member.withdrawnAt)}退出${member.union.name}` : member.union.name}</Text>
            {released.map((line) => (
              <Text key={line} className="nx-withdraw__text nx-withdraw-released">
                · {line}
              </Text>
            ))}
            <Text className="nx-withdraw__text">会员号 {member.memberNo} 为你保留。想回来时重新申请入会，通过后还是这个会员号。</Text>
            <Text className="nx-withdraw__text">你的信息还在工会的记录里。如果希望彻底删除，可以在“我的信息”里删除。</Text>
            <Button className="nx-withdraw-rejoin" type="primary" size="large" block onClick={() => openPage(routes.join)}>
              重新入会
            </Button>
            <Button className="nx-withdraw-my-data" size="large" block onClick={() => openPage(routes.myData)}>
              查看或删除我的信息
            </Button>
          </View>
        ) : null}
        {me.data && member?.status !== 'approved' && member?.status !== 'withdrawn' ? (
          <EmptyState mark="会" title="你还不是会员" description="入会申请通过后，才需要退会。" actionText="回到我的" onAction={() => openPage(routes.me)} />
        ) : null}
        {member?.status === 'approved' ? (
          <>
            <View className="nx-card">
              <Text className="nx-card__title">退会前请了解</Text>
              <Text className="nx-withdraw__text">· 退出{member.union.name}后，电子会员卡停用，只对会员开放的服务（领礼包、法律援助、免费体检等）也不能再用。</Text>
              <Text className="nx-withdraw__text">· 还没到时间的体检预约会取消，还没领的会员礼包券会作废，名额和礼包留给其他工友。</Text>
              <Text className="nx-withdraw__text">· 会员号 {member.memberNo} 为你保留。以后可以随时重新入会，通过后还是这个会员号。</Text>
              <Text className="nx-withdraw__text">· 退会不会通知你的雇主或平台。</Text>
              <Text className="nx-withdraw__text">· 只是换了工作地方的话，不用退会，可以申请转会。</Text>
              <Button className="nx-withdraw-transfer" fill="outline" block onClick={() => openPage(routes.transfer)}>
                改为申请转会
              </Button>
            </View>
            <View className="nx-card">
              <FormField id="nx-field-reason" label="退会原因" optional hint="帮助工会改进服务，只有工会能看到">
                <TextArea className="nx-withdraw-reason" value={reason} maxLength={100} placeholder="如：不再做外卖骑手了" onChange={setReason} />
              </FormField>
              <Button className="nx-withdraw-submit nx-button-danger" type="primary" size="large" block loading={withdraw.busy} onClick={() => setStep('sure')}>
                退会
              </Button>
            </View>
          </>
        ) : null}
      </LoadState>

      <Dialog
        className="nx-withdraw-sure"
        visible={step === 'sure'}
        title="确定要退会吗？"
        content={member ? `你将退出${member.union.name}，电子会员卡会停用。` : ''}
        confirmText="继续退会"
        cancelText="不退了"
        onCancel={() => setStep('form')}
        // NutUI calls onClose after onConfirm too, when the last step is already showing: close only this one.
        onClose={() => setStep((current) => (current === 'sure' ? 'form' : current))}
        onConfirm={() => setStep('last')}
      />
      <Dialog
        className="nx-withdraw-last"
        visible={step === 'last'}
        title="最后确认"
        content={member ? `确认退出${member.union.name}？会员号 ${member.memberNo} 会保留，以后可以重新入会。` : ''}
        confirmText="确认退会"
        cancelText="再想想"
        onCancel={() => setStep('form')}
        onClose={() => setStep('form')}
        onConfirm={() => void confirmLast()}
      />
      {toast}
    </PageShell>
  );
}
