import { Button, Tag } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { ApplicationView } from '@core/contracts/member.contract';
import { occupationLabels } from '@core/enums/occupation';
import { formatDate } from '../../../../../utils/format-time';
import './ApplicationRow.scss';

export interface ApplicationRowProps {
  application: ApplicationView;
  busy?: boolean;
  onApprove: () => void;
  onReject: () => void;
}

/** Days after which a waiting application is shown as overdue (the worker was told 3 working days). */
const overdueDays = 3;

/** One application in the review queue: who, what work, which union, how long it has waited. */
export function ApplicationRow({ application: app, busy = false, onApprove, onReject }: ApplicationRowProps) {
  const overdue = app.status === 'pending' && app.daysWaiting >= overdueDays;
  return (
    <View className="nx-card nx-app" id={`nx-app-${app.id}`}>
      <View className="nx-app__head">
        <Text className="nx-app__name">{app.name}</Text>
        {app.fromDrive ? (
          <Tag className="nx-app__tag nx-app-drive" type="success">
            现场
          </Tag>
        ) : null}
      </View>
      <View className="nx-app__line">
        <Text className="nx-app__label">身份证</Text>
        <Text>{app.idMasked}</Text>
      </View>
      <View className="nx-app__line">
        <Text className="nx-app__label">手机</Text>
        <Text>{app.phoneMasked}</Text>
      </View>
      <View className="nx-app__line">
        <Text className="nx-app__label">职业</Text>
        <Text>
          {occupationLabels[app.occupation]}
          {app.employer ? ` · ${app.employer}` : ''}
        </Text>
      </View>
      <View className="nx-app__line">
        <Text className="nx-app__label">区域</Text>
        <Text>{app.workArea}</Text>
      </View>
      <View className="nx-app__line">
        <Text className="nx-app__label">工会</Text>
        <Text>{app.union.name}</Text>
      </View>
      <View className="nx-app__line nx-app__when">
        <Text className="nx-app__label">提交</Text>
        <Text>
          {formatDate(app.submittedAt)}
          {app.status === 'pending' ? (
            <Text className={`nx-app__waiting nx-app-waiting ${overdue ? 'nx-app-waiting--overdue' : ''}`}>
              {app.daysWaiting === 0 ? ' · 今天提交' : ` · 已等待${app.daysWaiting}天`}
            </Text>
          ) : null}
        </Text>
      </View>
      {app.status === 'rejected' && app.rejectReason ? (
        <View className="nx-app__reason">驳回原因：{app.rejectReason}</View>
      ) : null}
      {app.status === 'pending' ? (
        <View className="nx-app__actions">
          <Button className="nx-app-reject" fill="outline" disabled={busy} onClick={onReject}>
            驳回
          </Button>
          <Button className="nx-app-approve" type="primary" loading={busy} onClick={onApprove}>
            通过
          </Button>
        </View>
      ) : null}
    </View>
  );
}
