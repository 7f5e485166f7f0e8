import { Button, Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { TransferSelfView } from '@core/contracts/member-transfer.contract';
import { EmptyState } from '../../components/EmptyState';
import { FormField } from '../../components/FormField';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { cancelTransfer } from '../../services/member/cancel-transfer';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { requestTransfer } from '../../services/member/request-transfer';
import { askToBeNotified } from '../../services/subscribe';
import { formatDate } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import { UnionChooser } from '../join/components/UnionChooser';
import type { UnionChoice } from '../join/join-draft';
import { TransferStatusCard } from './components/TransferStatusCard';
import './transfer.scss';

/**
 * 转会: a member who moved city, changed platform or has a union at their new depot asks to move there.
 * Their member number and join date stay; the receiving union's staff accept or refuse.
 */
export default function TransferPage() {
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  const [toast, showToast] = useToast();
  const [union, setUnion] = useState<UnionChoice | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [cancelling, setCancelling] = useState<TransferSelfView | null>(null);
  const request = useSubmit(
    (requestId, toUnionId: string) => requestTransfer({ toUnionId, ...(note.trim() ? { note: note.trim() } : {}) }, requestId),
    (toUnionId) => toUnionId,
  );
  const cancel = useSubmit((requestId, transferId: string) => cancelTransfer(transferId, requestId), (transferId) => transferId);

  const member = me.data?.member ?? null;
  const transfer = me.data?.transfer ?? null;
  const pending = transfer?.status === 'pending' ? transfer : null;

  const submit = async () => {
    if (!union) {
      setErrors({ toUnionId: '请选择要转入的工会' });
      return;
    }
    askToBeNotified(['transferAccepted', 'transferRefused']);
    const result = await request.submit(union.id);
    if (!result) return;
    if (result.ok) {
      setUnion(null);
      setNote('');
      showToast('转会申请已提交', 'success');
      await me.reload();
      return;
    }
    // MEMBER.CONSENT_OUTDATED: call() has opened the renew page; nothing to mark on this form.
    if (result.error.code === 'MEMBER.CONSENT_OUTDATED') return;
    setErrors(result.error.fields ?? {});
    showToast(result.error.message, 'fail');
  };

  const confirmCancel = async () => {
    if (!cancelling) return;
    const result = await cancel.submit(cancelling.id);
    setCancelling(null);
    if (!result) return;
    showToast(result.ok ? '已撤回转会申请' : result.error.message, result.ok ? 'success' : 'fail');
    await me.reload();
  };

  return (
    <PageShell className="nx-transfer">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {me.data && member?.status !== 'approved' ? (
          <EmptyState
            mark="转"
            title="入会后才能转会"
            description="转会是把会籍从一个工会转到另一个工会。你还不是会员，可以直接选择想加入的工会申请入会。"
            actionText="我要入会"
            actionClassName="nx-transfer-join"
            onAction={() => openPage(routes.join)}
          />
        ) : null}
        {member?.status === 'approved' ? (
          <>
            <View className="nx-card nx-transfer__now" id="nx-transfer-now">
              <Text className="nx-caption">现在所在工会</Text>
              <Text className="nx-lead nx-transfer__union nx-transfer-current">{member.union.name}</Text>
              <Text className="nx-muted">会员号 {member.memberNo}</Text>
              {member.joinedAt ? <Text className="nx-muted">{formatDate(member.joinedAt)}入会</Text> : null}
              <Text className="nx-muted">转会后会员号和入会日期都不变。</Text>
            </View>

            {transfer ? <TransferStatusCard transfer={transfer} onCancel={pending ? () => setCancelling(pending) : undefined} /> : null}

            {!pending ? (
              <View className="nx-card nx-transfer__form">
                <Text className="nx-card__title">申请转到新的工会</Text>
                <UnionChooser
                  value={union}
                  occupation={member.occupation}
                  excludeId={member.union.id}
                  label="转到哪个工会"
                  hint="选你现在工作地方的工会，比如新站点、新城市的工会"
                  error={errors.toUnionId}
                  onChange={(chosen) => {
                    setUnion(chosen);
                    setErrors({});
                  }}
                />
                <FormField id="nx-field-note" label="想对新工会说的话" optional error={errors.note}>
                  <TextArea
                    className="nx-transfer-note"
                    value={note}
                    maxLength={100}
                    placeholder="如：我换到饿了么港都站跑单了"
                    onChange={setNote}
                  />
                </FormField>
                <Button className="nx-transfer-submit" type="primary" size="large" block loading={request.busy} onClick={() => void submit()}>
                  {request.busy ? '正在提交…' : '提交转会申请'}
                </Button>
                <Text className="nx-caption nx-transfer__footnote">新工会的工作人员会尽快处理，结果会通知你。原单位和平台不会收到通知。</Text>
              </View>
            ) : null}
          </>
        ) : null}
      </LoadState>

      <Dialog
        className="nx-transfer-cancel-dialog"
        visible={cancelling !== null}
        title="撤回转会申请？"
        content={cancelling ? `撤回后，${cancelling.to.name}不会再处理这份申请。你可以以后重新申请。` : ''}
        confirmText="撤回申请"
        cancelText="不撤回"
        onCancel={() => setCancelling(null)}
        onClose={() => setCancelling(null)}
        onConfirm={() => void confirmCancel()}
      />
      {toast}
    </PageShell>
  );
}
