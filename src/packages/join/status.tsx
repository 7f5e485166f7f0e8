import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { GiftCampaign } from '@core/contracts/drive.contract';
import { memberStatusLabels } from '@core/enums/member-status';
import { occupationLabels } from '@core/enums/occupation';
import { EmptyState } from '../../components/EmptyState';
import { GiftCampaignCard } from '../../components/GiftCampaignCard';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { fetchDriveEntry } from '../../services/drive/fetch-drive-entry';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { formatDate, formatDateTime } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import { forgetSubmitted } from './join-draft';
import './status.scss';

/**
 * 入会进度: 待审核, 已通过 (member number, card) or 已驳回 (reason, 修改后重新提交); an application made
 * at a drive also shows that drive's 入会送礼包.
 */
export default function JoinStatusPage() {
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  const member = me.data?.member ?? null;

  // Approved: the answers kept on this phone for a resubmission have done their job.
  useEffect(() => {
    if (member?.status === 'approved') forgetSubmitted();
  }, [member?.status]);

  // Without a gift (none linked, or its claiming over) or without a connection, the card is simply not shown.
  const [gift, setGift] = useState<GiftCampaign | null>(null);
  const driveId = member?.driveId ?? null;
  useEffect(() => {
    setGift(null);
    if (!driveId) return;
    void fetchDriveEntry(driveId).then((result) => setGift(result.ok ? result.data.giftCampaign : null));
  }, [driveId]);
  const showGift = gift !== null && (member?.status === 'pending' || member?.status === 'approved');

  return (
    <PageShell className="nx-status">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {me.data && !member ? (
          <EmptyState
            title="还没有入会申请"
            description="填好入会信息并提交后，可以在这里看审核进度。"
            actionText="我要入会"
            actionClassName="nx-status-join"
            onAction={() => openPage(routes.join)}
          />
        ) : null}
        {member ? (
          <View className={`nx-card nx-status__card nx-status--${member.status}`} id="nx-status">
            <Text className={`nx-status__badge nx-status-badge nx-status-badge--${member.status}`}>
              {memberStatusLabels[member.status]}
            </Text>
            {member.status === 'pending' ? (
              <>
                <Text className="nx-hero">申请已提交</Text>
                <Text className="nx-lead">通常在3个工作日内审核，结果会显示在这里和首页。</Text>
                <Text className="nx-muted nx-status-submitted">提交时间：{formatDateTime(member.submittedAt)}</Text>
              </>
            ) : null}
            {member.status === 'approved' ? (
              <>
                <Text className="nx-hero">欢迎你，新会员</Text>
                <Text className="nx-lead">会员号：<Text className="nx-status-member-no">{member.memberNo}</Text></Text>
                {member.joinedAt ? <Text className="nx-muted">入会日期：{formatDate(member.joinedAt)}</Text> : null}
                <Button className="nx-status-card" type="primary" size="large" block onClick={() => openPage(routes.card)}>
                  查看会员卡
                </Button>
              </>
            ) : null}
            {member.status === 'withdrawn' ? (
              <>
                <Text className="nx-hero">你已退会</Text>
                <Text className="nx-lead">
                  {member.withdrawnAt ? `${formatDate(member.withdrawnAt)}退出` : '已退出'}
                  {member.union.name}
                </Text>
                {member.memberNo ? <Text className="nx-muted">会员号 {member.memberNo} 为你保留，重新入会通过后继续使用。</Text> : null}
                <Button className="nx-status-rejoin" type="primary" size="large" block onClick={() => openPage(routes.join)}>
                  重新入会
                </Button>
              </>
            ) : null}
            {member.status === 'rejected' ? (
              <>
                <Text className="nx-hero">申请没有通过</Text>
                <Text className="nx-lead nx-status-reason">原因：{member.rejectReason ?? '工会没有写明原因'}</Text>
                <Button
                  className="nx-status-resubmit"
                  type="primary"
                  size="large"
                  block
                  onClick={() => openPage(`${routes.join}?resubmit=1`)}
                >
                  修改后重新提交
                </Button>
              </>
            ) : null}
          </View>
        ) : null}
        {showGift && member ? <GiftCampaignCard campaign={gift} membership={member.status} onClaim={() => openPage(routes.welfare)} /> : null}
        {member ? (
          <View className="nx-card nx-status__details">
            <Text className="nx-card__title">申请信息</Text>
            <Detail label="姓名" value={member.name} />
            <Detail label="身份证号" value={member.idMasked} />
            <Detail label="手机号" value={member.phoneMasked} />
            <Detail label="职业" value={occupationLabels[member.occupation]} />
            {member.employer ? <Detail label="平台或单位" value={member.employer} /> : null}
            <Detail label="工作区域" value={member.workArea} />
            <Detail label="工会" value={member.union.name} />
          </View>
        ) : null}
      </LoadState>
      {/* After the redirect from the form the H5 page has no way back, and weapp's back arrow is easy to miss. */}
      <Button className="nx-status__home nx-status-home" size="large" block onClick={() => openPage(routes.home)}>
        回到首页
      </Button>
    </PageShell>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <View className="nx-status__row">
      <Text className="nx-status__label">{label}</Text>
      <Text className="nx-status__value">{value}</Text>
    </View>
  );
}
