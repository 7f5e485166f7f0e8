import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { MemberSelfView } from '@core/contracts/member.contract';
import './MembershipPanel.scss';

export interface MembershipPanelProps {
  member: MemberSelfView | null;
  onJoin: () => void;
  onStatus: () => void;
  onCard: () => void;
}

/** The top of 首页: a greeting and the one next step for where the worker stands with the union. */
export function MembershipPanel({ member, onJoin, onStatus, onCard }: MembershipPanelProps) {
  if (!member) {
    return (
      <View className="nx-panel nx-panel--none">
        <Text className="nx-panel__hello">你好，欢迎来到暖新</Text>
        <Text className="nx-panel__text">加入工会，就能领礼包、找法律援助、约免费体检。入会免费，一分钟填好。</Text>
        <Button className="nx-panel__action nx-home-join" size="large" block onClick={onJoin}>
          我要入会
        </Button>
      </View>
    );
  }
  const hello = <Text className="nx-panel__hello">你好，{member.name}</Text>;
  if (member.status === 'pending') {
    return (
      <View className="nx-panel nx-panel--pending">
        {hello}
        <Text className="nx-panel__badge">待审核</Text>
        <Text className="nx-panel__text">你的入会申请已提交，通常在3个工作日内审核。</Text>
        <Button className="nx-panel__action nx-home-status" size="large" block onClick={onStatus}>
          查看进度
        </Button>
      </View>
    );
  }
  if (member.status === 'withdrawn') {
    return (
      <View className="nx-panel nx-panel--withdrawn">
        {hello}
        <Text className="nx-panel__badge">已退会</Text>
        <Text className="nx-panel__text">想回来随时可以重新入会，会员号{member.memberNo ? ` ${member.memberNo} ` : ''}为你保留。</Text>
        <Button className="nx-panel__action nx-home-rejoin" size="large" block onClick={onJoin}>
          重新入会
        </Button>
      </View>
    );
  }
  if (member.status === 'rejected') {
    return (
      <View className="nx-panel nx-panel--rejected">
        {hello}
        <Text className="nx-panel__badge">已驳回</Text>
        <Text className="nx-panel__text">原因：{member.rejectReason ?? '工会没有写明原因'}</Text>
        <Button className="nx-panel__action nx-home-resubmit" size="large" block onClick={onJoin}>
          修改后重新提交
        </Button>
      </View>
    );
  }
  return (
    <View className="nx-panel nx-panel--member">
      {hello}
      <Text className="nx-panel__text">你是{member.union.name}会员</Text>
      {member.memberNo ? <Text className="nx-panel__text">会员号 {member.memberNo}</Text> : null}
      <Button className="nx-panel__action nx-home-card" size="large" block onClick={onCard}>
        查看会员卡
      </Button>
    </View>
  );
}
