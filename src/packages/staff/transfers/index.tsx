import { Dialog } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { TransferRequestView } from '@core/contracts/member-transfer.contract';
import type { TransferStatus } from '@core/enums/transfer-status';
import { PageShell } from '../../../components/PageShell';
import { usePagedQueue } from '../../../hooks/use-paged-queue';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { decideTransfer, type TransferDecision } from '../../../services/member/decide-transfer';
import { fetchTransfers } from '../../../services/member/fetch-transfers';
import { ReasonDialog } from '../components/ReasonDialog';
import { StaffQueue, type QueueTab } from '../components/StaffQueue';
import { TransferRow } from './components/TransferRow';

const tabs: QueueTab<TransferStatus>[] = [
  { status: 'pending', title: '待接收', empty: '暂无待接收的转会申请' },
  { status: 'accepted', title: '已接收', empty: '暂无转入的会员' },
  { status: 'refused', title: '未接收', empty: '暂无未接收的申请' },
];

const refuseReasons = ['不在本工会服务范围', '请先确认在本站点工作', '信息与会员本人不符'] as const;

/** 转会审核: requests to move into the reviewer's unions, oldest first; accept, or refuse with a reason. */
export default function StaffTransfersPage() {
  const [status, setStatus] = useState<TransferStatus>('pending');
  const queue = usePagedQueue((which: TransferStatus, cursor) => fetchTransfers({ status: which, limit: 20, ...(cursor ? { cursor } : {}) }), status);
  const [accepting, setAccepting] = useState<TransferRequestView | null>(null);
  const [refusing, setRefusing] = useState<TransferRequestView | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, showToast] = useToast();
  const decide = useSubmit(
    (requestId, input: TransferDecision) => decideTransfer(input, requestId),
    (input) => `${input.transferId}:${input.decision}`,
  );

  useDidShow(() => {
    void queue.load();
  });

  const settle = async (transfer: TransferRequestView, decision: 'accept' | 'refuse', reason?: string) => {
    setBusyId(transfer.id);
    const result = await decide.submit({ transferId: transfer.id, decision, ...(reason ? { reason } : {}) });
    setBusyId(null);
    if (!result) return false;
    const handled = result.ok || result.error.code === 'MEMBER.TRANSFER_NOT_PENDING' || result.error.code === 'MEMBER.TRANSFER_NOT_FOUND';
    if (handled) queue.drop((item) => item.id === transfer.id);
    if (result.ok) showToast(decision === 'accept' ? `已接收${transfer.member.name}转入` : `已告知${transfer.member.name}不接收`, 'success');
    else showToast(result.error.message, 'fail');
    return handled;
  };

  return (
    <PageShell className="nx-staff nx-staff-transfers">
      <StaffQueue tabs={tabs} status={status} onSwitch={setStatus} queue={queue} emptyMark="转" emptyDescription="会员申请转到你的工会时，会出现在这里，最早的排在最前面。">
        {queue.items.map((transfer) => (
          <TransferRow
            key={transfer.id}
            transfer={transfer}
            busy={busyId === transfer.id}
            onAccept={() => setAccepting(transfer)}
            onRefuse={() => setRefusing(transfer)}
          />
        ))}
      </StaffQueue>

      <Dialog
        className="nx-transfer-accept-dialog"
        visible={accepting !== null}
        title={accepting ? `接收${accepting.member.name}转入？` : ''}
        content={accepting ? `会员会从${accepting.from.name}转到${accepting.to.name}，会员号和入会日期不变。` : ''}
        confirmText="确认接收"
        cancelText="再看看"
        onCancel={() => setAccepting(null)}
        onClose={() => setAccepting(null)}
        onConfirm={async () => {
          if (!accepting) return;
          const transfer = accepting;
          setAccepting(null);
          await settle(transfer, 'accept');
        }}
      />
      <ReasonDialog
        open={refusing ? { key: refusing.id, title: `不接收${refusing.member.name}转入` } : null}
        hint="会员会看到这个原因，请写清楚怎么办。"
        quickReasons={refuseReasons}
        confirmText="确认不接收"
        required="不接收时请写明原因，会员会看到"
        onCancel={() => setRefusing(null)}
        onConfirm={async (reason) => {
          if (!refusing) return false;
          const done = await settle(refusing, 'refuse', reason);
          if (done) setRefusing(null);
          return done;
        }}
      />
      {toast}
    </PageShell>
  );
}
