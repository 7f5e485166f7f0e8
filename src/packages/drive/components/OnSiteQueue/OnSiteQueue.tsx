import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '@core/contracts/member.contract';
import { occupationLabels } from '@core/enums/occupation';
import { LoadState } from '../../../../components/LoadState';
import { useQuery } from '../../../../hooks/use-query';
import { useSubmit } from '../../../../hooks/use-submit';
import { fetchDriveQueue } from '../../../../services/drive/fetch-drive-queue';
import { reviewApplication } from '../../../../services/member/review-application';

export interface OnSiteQueueProps {
  driveId: string;
  onDecided: (text: string) => void;
  onFailed: (text: string) => void;
}

/**
 * 现场审核: the joins made at this drive, oldest first, approved with one tap at the table (through
 * member.review, like the full 入会审核 queue). Rejections, which need a written reason, are left to
 * that queue. Refreshed each time the page shows and after each decision.
 */
export function OnSiteQueue({ driveId, onDecided, onFailed }: OnSiteQueueProps) {
  // Loads on mount: a component's useDidShow misses the page's first show, which happens before it mounts.
  const queue = useQuery(() => fetchDriveQueue(driveId));
  const [busyId, setBusyId] = useState<string | null>(null);
  const approval = useSubmit((requestId, memberId: string) => reviewApplication({ memberId, decision: 'approve' }, requestId), (memberId) => memberId);
  useDidShow(() => {
    void queue.reload();
  });

  const approve = async (application: ApplicationView) => {
    if (busyId) return;
    setBusyId(application.id);
    const result = await approval.submit(application.id);
    setBusyId(null);
    if (!result) return;
    if (result.ok || result.error.code === 'MEMBER.NOT_PENDING') {
      onDecided(`已通过${application.name}的入会申请`);
    } else {
      onFailed(result.error.message);
    }
    void queue.reload();
  };

  const items = queue.data?.items ?? [];
  return (
    <View className="nx-card nx-onsite">
      <Text className="nx-card__title">现场审核（{items.length}）</Text>
      <LoadState loading={queue.loading} error={queue.error} hasData={queue.data !== undefined} onRetry={() => void queue.reload()}>
        {items.length === 0 ? <Text className="nx-muted nx-onsite-empty">现场提交的入会申请会出现在这里。</Text> : null}
        {items.map((application) => (
          <View key={application.id} id={`nx-onsite-${application.id}`} className="nx-queue-row">
            <View className="nx-queue-row__who">
              <Text className="nx-queue-row__name">{application.name}</Text>
              <Text className="nx-muted">
                {occupationLabels[application.occupation]} · {application.idMasked}
              </Text>
              <Text className="nx-muted">{application.phoneMasked}</Text>
            </View>
            <Button className="nx-onsite-approve" type="primary" loading={busyId === application.id} onClick={() => void approve(application)}>
              通过
            </Button>
          </View>
        ))}
      </LoadState>
    </View>
  );
}
