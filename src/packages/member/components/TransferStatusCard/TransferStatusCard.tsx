import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { TransferSelfView } from '@core/contracts/member-transfer.contract';
import { transferStatusLabels } from '@core/enums/transfer-status';
import { formatDateTime } from '../../../../utils/format-time';
import './TransferStatusCard.scss';

export interface TransferStatusCardProps {
  transfer: TransferSelfView;
  /** Offered while the request waits: take it back. */
  onCancel?: () => void;
}

const headlineOf = (transfer: TransferSelfView): string => {
  if (transfer.byStaff) return '工会为你调整了所在工会';
  switch (transfer.status) {
    case 'pending':
      return '转会申请等待接收';
    case 'accepted':
      return '转会成功';
    case 'refused':
      return '转会申请没有被接收';
    default:
      return '转会申请已撤回';
  }
};

/** The member's latest transfer: where from and to, its state, and what staff said. */
export function TransferStatusCard({ transfer, onCancel }: TransferStatusCardProps) {
  return (
    <View className={`nx-card nx-transfer-status nx-transfer-status--${transfer.status}`} id="nx-transfer-status">
      <View className="nx-transfer-status__head">
        <Text className="nx-transfer-status__title">{headlineOf(transfer)}</Text>
        {transfer.byStaff ? null : (
          <Text className={`nx-transfer-status__badge nx-transfer-badge nx-transfer-badge--${transfer.status}`}>{transferStatusLabels[transfer.status]}</Text>
        )}
      </View>
      <View className="nx-transfer-status__route">
        <Text className="nx-transfer-status__from">{transfer.from.name}</Text>
        <Text className="nx-transfer-status__arrow">↓</Text>
        <Text className="nx-transfer-status__to nx-transfer-to">{transfer.to.name}</Text>
      </View>
      <Text className="nx-caption">申请时间：{formatDateTime(transfer.requestedAt)}</Text>
      {transfer.decidedAt && transfer.status !== 'pending' ? <Text className="nx-caption">处理时间：{formatDateTime(transfer.decidedAt)}</Text> : null}
      {transfer.note ? <Text className="nx-transfer-status__text">你的留言：{transfer.note}</Text> : null}
      {transfer.reason ? (
        <Text className="nx-transfer-status__text nx-transfer-reason">
          {transfer.byStaff ? '调整原因' : '原因'}：{transfer.reason}
        </Text>
      ) : null}
      {transfer.status === 'pending' ? <Text className="nx-transfer-status__text">新工会的工作人员接收后，你的会员卡就会换成新工会。</Text> : null}
      {onCancel ? (
        <Button className="nx-transfer-cancel" fill="outline" block onClick={onCancel}>
          撤回申请
        </Button>
      ) : null}
    </View>
  );
}
