import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { PhoneConflictView } from '@core/contracts/member-phone.contract';
import { memberStatusLabels } from '@core/enums/member-status';
import { phoneConflictStatusLabels } from '@core/enums/phone-conflict-status';
import { formatDate } from '../../../../../utils/format-time';
import '../../../components/staff-row.scss';

export interface ConflictRowProps {
  conflict: PhoneConflictView;
  busy?: boolean;
  onRelease: () => void;
  onKeep: () => void;
}

/** One report in 手机号核实: the number (masked), who says it is theirs, and the record holding it now. */
export function ConflictRow({ conflict, busy = false, onRelease, onKeep }: ConflictRowProps) {
  const open = conflict.status === 'open';
  return (
    <View className="nx-card nx-conflict-row" id={`nx-conflict-${conflict.id}`}>
      <View className="nx-row__head">
        <Text className="nx-row__name">{conflict.phoneMasked}</Text>
        {open ? null : <Text className="nx-caption">{phoneConflictStatusLabels[conflict.status]}</Text>}
      </View>
      <View className="nx-row__line">
        <Text className="nx-row__label">申请人</Text>
        <Text>{conflict.claimant.name}（说号码是自己的）</Text>
      </View>
      {conflict.claimant.note ? <View className="nx-row__box">申请人说明：{conflict.claimant.note}</View> : null}
      <View className="nx-row__line">
        <Text className="nx-row__label">登记人</Text>
        <Text>
          {conflict.holder
            ? `${conflict.holder.name} · ${memberStatusLabels[conflict.holder.status]}${conflict.holder.memberNo ? ` · ${conflict.holder.memberNo}` : ''}`
            : '原记录已删除'}
        </Text>
      </View>
      {conflict.holder ? (
        <View className="nx-row__line">
          <Text className="nx-row__label">工会</Text>
          <Text>{conflict.holder.union.name}</Text>
        </View>
      ) : null}
      <View className="nx-row__line">
        <Text className="nx-row__label">提交</Text>
        <Text>{formatDate(conflict.reportedAt)}</Text>
      </View>
      {conflict.reason ? <View className="nx-row__box">处理说明：{conflict.reason}</View> : null}
      {open ? (
        <>
          <Text className="nx-caption nx-conflict-row__hint">请先电话联系登记人和申请人，确认号码现在是谁在用。</Text>
          <View className="nx-row__actions">
            <Button className="nx-conflict-keep" fill="outline" disabled={busy} onClick={onKeep}>
              归登记人
            </Button>
            <Button className="nx-conflict-release" type="primary" loading={busy} onClick={onRelease}>
              归申请人
            </Button>
          </View>
        </>
      ) : null}
    </View>
  );
}
