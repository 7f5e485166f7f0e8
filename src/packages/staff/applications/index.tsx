import { Dialog } from '@nutui/nutui-react-taro';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '@core/contracts/member.contract';
import type { MemberStatus } from '@core/enums/member-status';
import { PageShell } from '../../../components/PageShell';
import { usePagedQueue } from '../../../hooks/use-paged-queue';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { fetchApplications } from '../../../services/member/fetch-applications';
import { reviewApplication, type ReviewDecision } from '../../../services/member/review-application';
import { ReasonDialog } from '../components/ReasonDialog';
import { StaffQueue, type QueueTab } from '../components/StaffQueue';
import { ApplicationRow } from './components/ApplicationRow';

const tabs: QueueTab<MemberStatus>[] = [
  { status: 'pending', title: '待审核', empty: '暂无待审核的申请' },
  { status: 'rejected', title: '已驳回', empty: '暂无已驳回的申请' },
  { status: 'approved', title: '已通过', empty: '暂无已通过的申请' },
];

/** Reasons reviewers give most; one tap fills the box, which can still be edited. */
const rejectReasons = ['信息不完整', '不属于本工会服务范围', '姓名与身份证号不符'] as const;

/** 入会审核: the reviewer's queue, oldest first, approve or reject each application. */
export default function StaffApplicationsPage() {
  const [status, setStatus] = useState<MemberStatus>('pending');
  const queue = usePagedQueue((which: MemberStatus, cursor) => fetchApplications({ status: which, limit: 20, ...(cursor ? { cursor } : {}) }), status);
  const [approving, setApproving] = useState<ApplicationView | null>(null);
  const [rejecting, setRejecting] = useState<ApplicationView | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, showToast] = useToast();
  const review = useSubmit(
    (requestId, input: ReviewDecision) => reviewApplication(input, requestId),
    (input) => `${input.memberId}:${input.decision}`,
  );

  useDidShow(() => {
    void queue.load();
  });

  const more = async () => {
    const result = await queue.more();
    if (result && !result.ok) showToast(result.error.message, 'fail');
  };

  const decide = async (app: ApplicationView, decision: 'approve' | 'reject', reason?: string) => {
    setBusyId(app.id);
    const result = await review.submit({ memberId: app.id, decision, ...(reason ? { reason } : {}) });
    setBusyId(null);
    if (!result) return false;
    const handled = result.ok || result.error.code === 'MEMBER.NOT_PENDING' || result.error.code === 'MEMBER.APPLICATION_NOT_FOUND';
    if (handled) queue.drop((item) => item.id === app.id);
    if (result.ok) showToast(decision === 'approve' ? `已通过${app.name}的申请` : `已驳回${app.name}的申请`, 'success');
    else showToast(result.error.message, 'fail');
    return result.ok || handled;
  };

  return (
    <PageShell className="nx-staff">
      <StaffQueue
        tabs={tabs}
        status={status}
        onSwitch={setStatus}
        queue={queue}
        emptyMark="审"
        emptyDescription="新的入会申请会出现在这里，最早提交的排在最前面。"
        onMore={() => void more()}
      >
        {queue.items.map((app) => (
          <ApplicationRow
            key={app.id}
            application={app}
            busy={busyId === app.id}
            onApprove={() => setApproving(app)}
            onReject={() => setRejecting(app)}
          />
        ))}
      </StaffQueue>

      <Dialog
        className="nx-approve-dialog"
        visible={approving !== null}
        title={approving ? `通过${approving.name}的入会申请？` : ''}
        content="通过后会生成会员号，会员马上可以看到电子会员卡。"
        confirmText="确认通过"
        cancelText="再看看"
        onCancel={() => setApproving(null)}
        onClose={() => setApproving(null)}
        onConfirm={async () => {
          if (!approving) return;
          const app = approving;
          setApproving(null);
          await decide(app, 'approve');
        }}
      />
      <ReasonDialog
        open={rejecting ? { key: rejecting.id, title: `驳回${rejecting.name}的申请` } : null}
        hint="会员会看到这个原因，请写清楚怎么改。"
        quickReasons={rejectReasons}
        confirmText="确认驳回"
        required="驳回时请写明原因，方便会员修改"
        placeholder="也可以自己写原因"
        onCancel={() => setRejecting(null)}
        onConfirm={async (reason) => {
          if (!rejecting) return false;
          const done = await decide(rejecting, 'reject', reason);
          if (done) setRejecting(null);
          return done;
        }}
      />
      {toast}
    </PageShell>
  );
}
