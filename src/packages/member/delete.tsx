import { Button, Dialog } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { deleteMyData } from '../../services/member/delete-my-data';
import { fetchDeletionPreview } from '../../services/member/fetch-deletion-preview';
import { openPage, routes } from '../../utils/navigate';
import { clearDraft, forgetSubmitted } from '../join/join-draft';
import './delete.scss';

type Step = 'read' | 'sure' | 'last';

/**
 * 删除我的信息 (个人信息保护法 第47条): says what will go and what will be closed on the way, asks twice,
 * then erases. Afterwards the phone keeps nothing of it either (drafts, answers kept for 修改后重新提交).
 */
export default function DeleteMyDataPage() {
  const preview = useQuery(fetchDeletionPreview, { auto: false });
  const [toast, showToast] = useToast();
  const [step, setStep] = useState<Step>('read');
  const [done, setDone] = useState<{ notices: string[] } | null>(null);
  useDidShow(() => {
    if (!done) void preview.reload();
  });
  const erase = useSubmit((requestId) => deleteMyData(requestId));

  const confirmLast = async () => {
    setStep('read');
    const result = await erase.submit();
    if (!result) return;
    if (!result.ok) return showToast(result.error.message, 'fail');
    clearDraft();
    forgetSubmitted();
    setDone({ notices: result.data.notices });
  };

  if (done) {
    return (
      <PageShell className="nx-delete">
        <View className="nx-card nx-delete__done" id="nx-delete-done">
          <Text className="nx-hero">你的信息已删除</Text>
          {done.notices.map((notice) => (
            <Text key={notice} className="nx-delete__text nx-delete-notice">
              {notice}
            </Text>
          ))}
          <Text className="nx-delete__text">工会只留下不含个人信息的统计数字（比如某月有几人入会、几人退会）。以后想用暖新，可以重新入会。</Text>
          <Button className="nx-delete-home" type="primary" size="large" block onClick={() => openPage(routes.home)}>
            回到首页
          </Button>
        </View>
      </PageShell>
    );
  }

  const data = preview.data;
  return (
    <PageShell className="nx-delete">
      <LoadState loading={preview.loading} error={preview.error} hasData={data !== undefined} onRetry={() => void preview.reload()}>
        {data?.blocked ? <EmptyState tone="alert" mark="!" title="现在不能删除" description={data.blocked} /> : null}
        {data && !data.blocked ? (
          <>
            <View className="nx-card">
              <Text className="nx-card__title">删除后会怎样</Text>
              {data.holds.length > 0 ? (
                <Text className="nx-delete__text nx-delete-holds">会删除：{data.holds.join('、')}里关于你的全部信息。</Text>
              ) : (
                <Text className="nx-delete__text nx-delete-holds">工会现在没有保存你的信息。</Text>
              )}
              {data.warnings.map((warning) => (
                <Text key={warning} className="nx-delete__warning nx-delete-warning">
                  {warning}
                </Text>
              ))}
              <Text className="nx-delete__text">删除后无法恢复，也没有人能再通过你的身份证号、手机号或微信找到这些记录。</Text>
              <Text className="nx-delete__text">会保留：不含个人信息的统计数字，以及工会工作人员操作的记录（谁在什么时候做了什么，记录里不再有你）。</Text>
              <Text className="nx-delete__text">想先留一份？可以先导出。</Text>
              <Button className="nx-delete-export" fill="outline" block onClick={() => openPage(routes.myData)}>
                先查看和导出我的信息
              </Button>
            </View>
            <Button className="nx-delete-submit nx-button-danger" type="primary" size="large" block loading={erase.busy} onClick={() => setStep('sure')}>
              删除我的全部信息
            </Button>
          </>
        ) : null}
      </LoadState>

      <Dialog
        className="nx-delete-sure"
        visible={step === 'sure'}
        title="确定要删除吗？"
        content={data?.warnings.length ? data.warnings.join('') : '你在暖新的全部信息都会删除。'}
        confirmText="继续"
        cancelText="不删了"
        onCancel={() => setStep('read')}
        // NutUI calls onClose after onConfirm too, when the last step is already showing: close only this one.
        onClose={() => setStep((current) => (current === 'sure' ? 'read' : current))}
        onConfirm={() => setStep('last')}
      />
      <Dialog
        className="nx-delete-last"
        visible={step === 'last'}
        title="最后确认"
        content="删除后无法恢复。确认删除你的全部信息？"
        confirmText="确认删除"
        cancelText="再想想"
        onCancel={() => setStep('read')}
        onClose={() => setStep('read')}
        onConfirm={() => void confirmLast()}
      />
      {toast}
    </PageShell>
  );
}
