import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { PhoneConflictView } from '@core/contracts/member-phone.contract';
import type { PhoneConflictStatus } from '@core/enums/phone-conflict-status';
import { PageShell } from '../../../components/PageShell';
import { usePagedQueue } from '../../../hooks/use-paged-queue';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { fetchPhoneConflicts } from '../../../services/member/fetch-phone-conflicts';
import { resolvePhoneConflict, type PhoneConflictDecision } from '../../../services/member/resolve-phone-conflict';
import { ReasonDialog } from '../components/ReasonDialog';
import { StaffQueue, type QueueTab } from '../components/StaffQueue';
import { ConflictRow } from './components/ConflictRow';

const tabs: QueueTab<PhoneConflictStatus>[] = [
  { status: 'open', title: '待核实', empty: '暂无待核实的手机号' },
  { status: 'released', title: '归申请人', empty: '暂无' },
  { status: 'kept', title: '归登记人', empty: '暂无' },
];

const decisions = {
  release: {
    title: '号码归申请人',
    hint: '登记人会被提醒更新手机号，申请人可以用这个号码。双方都会看到这段说明。',
    reasons: ['已电话核实，登记人已不用这个号码', '运营商已重新分配该号码', '登记人确认号码已转给申请人'],
  },
  keep: {
    title: '号码归登记人',
    hint: '号码留在原来的记录里。申请人会看到这段说明。',
    reasons: ['已电话核实，登记人仍在使用', '申请人无法说明号码来源', '请申请人核对号码是否填错'],
  },
} as const;

/**
 * 手机号核实: reports that a number "already used" by a record in the staff's unions belongs to someone
 * else now. Staff check with both people, then decide; each decision is audited.
 */
export default function StaffPhoneConflictsPage() {
  const [status, setStatus] = useState<PhoneConflictStatus>('open');
  const queue = usePagedQueue((which: PhoneConflictStatus, cursor) => fetchPhoneConflicts({ status: which, limit: 20, ...(cursor ? { cursor } : {}) }), status);
  const [deciding, setDeciding] = useState<{ conflict: PhoneConflictView; decision: 'release' | 'keep' } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, showToast] = useToast();
  const resolve = useSubmit(
    (requestId, input: PhoneConflictDecision) => resolvePhoneConflict(input, requestId),
    (input) => `${input.conflictId}:${input.decision}`,
  );

  useDidShow(() => {
    void queue.load();
  });

  const settle = async (reason: string) => {
    if (!deciding) return false;
    const { conflict, decision } = deciding;
    setBusyId(conflict.id);
    const result = await resolve.submit({ conflictId: conflict.id, decision, reason });
    setBusyId(null);
    if (!result) return false;
    const handled = result.ok || result.error.code === 'MEMBER.CONFLICT_NOT_OPEN' || result.error.code === 'MEMBER.CONFLICT_NOT_FOUND';
    if (handled) {
      queue.drop((item) => item.id === conflict.id);
      setDeciding(null);
    }
    showToast(result.ok ? '已处理，双方会收到通知' : result.error.message, result.ok ? 'success' : 'fail');
    return handled;
  };

  const dialog = deciding ? decisions[deciding.decision] : null;
  return (
    <PageShell className="nx-staff nx-staff-conflicts">
      <StaffQueue tabs={tabs} status={status} onSwitch={setStatus} queue={queue} emptyMark="号" emptyDescription="有人说某个号码是自己的、却被你工会的记录占用时，会出现在这里。">
        {queue.items.map((conflict) => (
          <ConflictRow
            key={conflict.id}
            conflict={conflict}
            busy={busyId === conflict.id}
            onRelease={() => setDeciding({ conflict, decision: 'release' })}
            onKeep={() => setDeciding({ conflict, decision: 'keep' })}
          />
        ))}
      </StaffQueue>
      <ReasonDialog
        open={deciding && dialog ? { key: `${deciding.conflict.id}:${deciding.decision}`, title: `${dialog.title}：${deciding.conflict.phoneMasked}` } : null}
        hint={dialog?.hint ?? ''}
        quickReasons={dialog?.reasons ?? []}
        confirmText="确认"
        required="请写明核实的情况（至少2个字）"
        onCancel={() => setDeciding(null)}
        onConfirm={settle}
      />
      {toast}
    </PageShell>
  );
}
