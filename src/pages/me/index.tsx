import { Cell, CellGroup, Popup, Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { memberStatusLabels } from '@core/enums/member-status';
import type { NotificationTemplate } from '@core/enums/notification-templates';
import { staffRoleLabels } from '@core/enums/staff-role';
import { privacyNoticeSummary, privacyNoticeVersion, sensitiveDataNotice } from '@core/privacy';
import { LoadState } from '../../components/LoadState';
import { PageShell, setLargeText, useLargeText } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { askToBeNotified } from '../../services/subscribe';
import { openPage, routes } from '../../utils/navigate';
import { MembershipCells } from './components/MembershipCells';
import { MyRecords } from './components/MyRecords';
import './index.scss';

/** A staff queue, opened by a tap that asks to be told when the next item arrives (订阅消息). */
const openQueue = (route: string, templates: readonly NotificationTemplate[]) => {
  askToBeNotified(templates);
  openPage(route);
};

/** 我的: membership at a glance, 大字模式, the privacy notice and, for staff, 工会工作. */
export default function MePage() {
  const me = useQuery(fetchMyMembership, { auto: false });
  const large = useLargeText();
  const [privacyOpen, setPrivacyOpen] = useState(false);
  useDidShow(() => {
    void me.reload();
  });

  const member = me.data?.member ?? null;
  const staff = me.data?.staff ?? [];

  return (
    <PageShell className="nx-me">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        <View className="nx-card nx-me__summary">
          <Text className="nx-card__title">{member ? member.name : '还没有入会'}</Text>
          {member ? (
            <>
              <View className="nx-me__line">
                <Text className={`nx-me__status nx-me__status--${member.status}`}>{memberStatusLabels[member.status]}</Text>
                <Text className="nx-me__union">{member.union.name}</Text>
              </View>
              {member.memberNo ? <Text className="nx-me__line nx-muted">会员号 {member.memberNo}</Text> : null}
            </>
          ) : (
            <Text className="nx-muted">入会免费，一分钟填好。</Text>
          )}
        </View>
        <CellGroup className="nx-me__group">
          {member ? (
            <Cell
              className="nx-me-status"
              title="入会进度"
              extra={memberStatusLabels[member.status]}
              clickable
              onClick={() => openPage(member.status === 'approved' ? routes.card : routes.joinStatus)}
            />
          ) : (
            <Cell className="nx-me-join" title="我要入会" extra="去填写" clickable onClick={() => openPage(routes.join)} />
          )}
        </CellGroup>
        <MembershipCells member={member} transfer={me.data?.transfer ?? null} consentNeeded={me.data?.consentNeeded ?? false} />
      </LoadState>
      <MyRecords />

      <CellGroup className="nx-me__group">
        <Cell
          className="nx-me-large-text"
          title="大字模式"
          description="字更大，看得更清楚"
          clickable
          onClick={() => setLargeText(!large)}
          extra={<Switch className="nx-large-text-switch" checked={large} />}
        />
        <Cell
          className="nx-me-privacy"
          title="隐私说明"
          extra={`版本 ${privacyNoticeVersion}`}
          clickable
          onClick={() => setPrivacyOpen(true)}
        />
      </CellGroup>

      {staff.length > 0 ? (
        <>
          <Text className="nx-section-title nx-me__staff-title">工会工作</Text>
          <CellGroup className="nx-me__group nx-me-staff">
            {staff.map((grant) => (
              <Cell
                key={grant.union.id}
                title={grant.union.name}
                description={grant.roles.map((role) => staffRoleLabels[role]).join('、')}
              />
            ))}
            <Cell
              className="nx-me-review"
              title="入会审核"
              extra="去审核"
              clickable
              onClick={() => openPage(routes.staffApplications)}
            />
            <Cell className="nx-me-transfers" title="转会审核" extra="接收转入" clickable onClick={() => openQueue(routes.staffTransfers, ['transferRequested'])} /><Cell className="nx-me-move" title="会员调动" extra="按会员号" clickable onClick={() => openPage(routes.staffMoveMember)} /><Cell className="nx-me-conflicts" title="手机号核实" extra="号码被占用" clickable onClick={() => openQueue(routes.staffPhoneConflicts, ['phoneConflictReported'])} />
            {staff.some((grant) => grant.roles.some((role) => role !== 'reviewer')) ? <Cell className="nx-me-legal" title="法律援助案件" extra="去办理" clickable onClick={() => openQueue(routes.staffLegalQueue, ['legalNewCase', 'legalEvidenceAdded'])} /> : null}
            <Cell className="nx-me-drives" title="双覆盖活动" extra="建活动 · 现场审核" clickable onClick={() => openPage(routes.staffDrives)} />
            <Cell className="nx-me-dashboard" title="数据看板" extra="看报表 · 导出" clickable onClick={() => openPage(routes.dashboard)} />
            {staff.some((grant) => grant.roles.includes('admin')) ? <Cell className="nx-me-people" title="工作人员" extra="任命 · 工会管理" clickable onClick={() => openPage(routes.staffPeople)} /> : null}
            {staff.some((grant) => grant.roles.some((role) => role !== 'reviewer')) ? <Cell className="nx-me-health" title="体检工作" extra="签到 · 统计" clickable onClick={() => openPage(routes.staffHealth)} /> : null}
            {staff.some((grant) => grant.roles.some((role) => role !== 'reviewer')) ? <Cell className="nx-me-welfare" title="礼包工作" extra="核销 · 活动 · 驿站" clickable onClick={() => openPage(routes.staffWelfare)} /> : null}
          </CellGroup>
        </>
      ) : null}

      <Popup
        visible={privacyOpen}
        position="bottom"
        round
        closeable
        title="隐私说明"
        className="nx-me__privacy"
        onClose={() => setPrivacyOpen(false)}
      >
        <View className="nx-privacy">
          {privacyNoticeSummary.map((line) => (
            <Text key={line} className="nx-privacy__line">
              {line}
            </Text>
          ))}
          <Text className="nx-privacy__line">{sensitiveDataNotice}</Text>
          <Text className="nx-caption">版本 {privacyNoticeVersion}</Text>
        </View>
      </Popup>
    </PageShell>
  );
}
