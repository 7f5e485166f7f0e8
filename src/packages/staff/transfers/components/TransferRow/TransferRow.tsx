import { Button, Tag } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { TransferRequestView } from '@core/contracts/member-transfer.contract';
import { occupationLabels } from '@core/enums/occupation';
import { formatDate } from '../../../../../utils/format-time';
import '../../../components/staff-row.scss';

export interface TransferRowProps {
  transfer: TransferRequestView;
  busy?: boolean;
  onAccept: () => void;
  onRefuse: () => void;
}

/** Days after which a waiting request is shown as overdue, as join applications are. */
const overdueDays = 3;

/** One transfer request in 转会审核: who (masked), from where, what they said, how long it has waited. */
export function TransferRow({ transfer, busy = false, onAccept, onRefuse }: TransferRowProps) {
  const { member } = transfer;
  const pending = transfer.status === 'pending';
  return (
    <View className="nx-card nx-transfer-row" id={`nx-transfer-${transfer.id}`}>
      <View className="nx-row__head">
        <Text className="nx-row__name">{member.name}</Text>
        {transfer.byStaff ? <Tag className="nx-transfer-row__tag">工会调动</Tag> : null}
      </View>
      <Line label="会员号" value={member.memberNo ?? '—'} />
      <Line label="身份证" value={member.idMasked} />
      <Line label="手机" value={member.phoneMasked} />
      <Line label="职业" value={`${occupationLabels[member.occupation]}${member.employer ? ` · ${member.employer}` : ''}`} />
      <Line label="入会" value={member.joinedAt ? formatDate(member.joinedAt) : '—'} />
      <Line label="转出" value={transfer.from.name} />
      <Line label="转入" value={transfer.to.name} />
      <View className="nx-row__line">
        <Text className="nx-row__label">申请</Text>
        <Text>
          {formatDate(transfer.requestedAt)}
          {pending ? (
            <Text className={`nx-transfer-waiting ${transfer.daysWaiting >= overdueDays ? 'nx-row__overdue' : ''}`}>
              {transfer.daysWaiting === 0 ? ' · 今天提交' : ` · 已等待${transfer.daysWaiting}天`}
            </Text>
          ) : null}
        </Text>
      </View>
      {transfer.note ? <View className="nx-row__box">会员留言：{transfer.note}</View> : null}
      {transfer.reason ? (
        <View className={`nx-row__box ${transfer.status === 'refused' ? 'nx-row__box--alert' : ''}`}>
          {transfer.status === 'refused' ? '不接收原因' : '调动原因'}：{transfer.reason}
        </View>
      ) : null}
      {pending ? (
        <View className="nx-row__actions">
          <Button className="nx-transfer-refuse" fill="outline" disabled={busy} onClick={onRefuse}>
            不接收
          </Button>
          <Button className="nx-transfer-accept" type="primary" loading={busy} onClick={onAccept}>
            接收
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="nx-row__line">
      <Text className="nx-row__label">{label}</Text>
      <Text>{value}</Text>
    </View>
  );
}
