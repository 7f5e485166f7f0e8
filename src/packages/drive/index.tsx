import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { SignInResult } from '@core/contracts/drive.contract';
import { occupationLabels, occupations, type Occupation } from '@core/enums/occupation';
import { collectionNotices } from '@core/privacy';
import { driveIdFromParams } from '@core/rules/drive-entry';
import { CollectionNotice } from '../../components/CollectionNotice';
import { EmptyState } from '../../components/EmptyState';
import { GiftCampaignCard } from '../../components/GiftCampaignCard';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { fetchDriveEntry } from '../../services/drive/fetch-drive-entry';
import { signInToDrive } from '../../services/drive/sign-in-to-drive';
import { fetchMyMembership } from '../../services/member/fetch-my-membership';
import { formatDateTime } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import { recallDriveSignin, rememberDriveSignin } from './drive-signin';
import './index.scss';

/**
 * Where a drive's QR code lands: which drive and union, 签到 with one tap on the worker's occupation
 * (a member's comes from their record), then 入会 with the drive's union already filled in, and the
 * drive's 入会送礼包 once signed in.
 */
export default function DriveEntryPage() {
  const driveId = driveIdFromParams(useRouter().params) ?? '';
  const entry = useQuery(() => fetchDriveEntry(driveId));
  // Asked again on every show: back from 入会, or approved since the sign-in, the cards follow.
  const me = useQuery(fetchMyMembership, { auto: false });
  useDidShow(() => {
    void me.reload();
  });
  const [memory, setMemory] = useState(() => recallDriveSignin(driveId));
  const [signingIn, setSigningIn] = useState<Occupation | null>(null);
  const [toast, showToast] = useToast();

  const member = me.data?.member ?? null;
  const signedIn: SignInResult | null = memory.result;

  const signIn = async (occupation: Occupation) => {
    if (signingIn) return;
    setSigningIn(occupation);
    const result = await signInToDrive(driveId, occupation, memory.requestId);
    setSigningIn(null);
    if (!result.ok) {
      showToast(result.error.message, 'fail');
      return;
    }
    const next = { requestId: memory.requestId, result: result.data };
    rememberDriveSignin(driveId, next);
    setMemory(next);
    showToast(result.data.firstTime ? '签到成功' : '你已经签到过了', 'success');
  };

  if (!driveId) {
    return (
      <PageShell className="nx-drive-entry">
        <EmptyState tone="alert" mark="!" title="二维码不完整" description="请重新扫描活动现场的二维码。" />
      </PageShell>
    );
  }

  // The record outranks the sign-in's answer, which is as old as the sign-in.
  const membership = member?.status ?? signedIn?.membership ?? 'none';
  const canJoin = membership === 'none' || membership === 'rejected' || membership === 'withdrawn';

  return (
    <PageShell className="nx-drive-entry">
      <LoadState loading={entry.loading || me.loading} error={entry.error ?? me.error} hasData={entry.data !== undefined} onRetry={() => void entry.reload()}>
        {entry.data ? (
          <View className="nx-card nx-drive-entry__drive">
            <Text className="nx-drive-entry__title">{entry.data.title}</Text>
            <Text className="nx-drive-entry__line">主办：{entry.data.union.name}</Text>
            <Text className="nx-drive-entry__line">地点：{entry.data.place}</Text>
            <Text className="nx-drive-entry__line">时间：{formatDateTime(entry.data.startsAt)}</Text>
          </View>
        ) : null}

        {signedIn ? (
          <View className="nx-card nx-drive-entry__done nx-drive-signed-in">
            <Text className="nx-drive-entry__ok">✓ 已签到</Text>
            <Text className="nx-muted">签到时间 {formatDateTime(signedIn.signedInAt)}</Text>
          </View>
        ) : member?.status === 'approved' ? (
          <View className="nx-card">
            <Text className="nx-card__title">你是工会会员，签个到吧</Text>
            <Button className="nx-drive-signin-member" type="primary" size="large" block loading={signingIn !== null} onClick={() => void signIn(member.occupation)}>
              签到
            </Button>
          </View>
        ) : (
          <View className="nx-card">
            <Text className="nx-card__title">你是做什么工作的？</Text>
            <Text className="nx-muted nx-drive-entry__hint">点一下就签到成功</Text>
            {/* Someone who has not joined has agreed to nothing: say what the tap keeps before it. */}
            <CollectionNotice text={collectionNotices.driveSignIn} />
            <View className="nx-drive-occupations">
              {occupations.map((key) => (
                <View
                  key={key}
                  id={`nx-drive-occupation-${key}`}
                  className={`nx-drive-occupation ${signingIn === key ? 'nx-drive-occupation--busy' : ''}`}
                  onClick={() => void signIn(key)}
                >
                  <Text>{signingIn === key ? '正在签到…' : occupationLabels[key]}</Text>
                </View>
              ))}
            </View>
          </View>
        )}

        {signedIn && entry.data?.giftCampaign ? (
          <GiftCampaignCard campaign={entry.data.giftCampaign} membership={membership} onClaim={() => openPage(routes.welfare)} />
        ) : null}
        {canJoin && entry.data ? (
          <View className="nx-card nx-drive-entry__join">
            <Text className="nx-card__title">还没入会？现在就入</Text>
            <Text className="nx-muted">入会免费，工会已经帮你选好：{entry.data.union.name}</Text>
            <Button
              className="nx-drive-join"
              type={signedIn ? 'primary' : 'default'}
              size="large"
              block
              onClick={() => openPage(`${routes.join}?drive=${encodeURIComponent(driveId)}`)}
            >
              立即入会
            </Button>
          </View>
        ) : null}
        {membership === 'pending' ? (
          <View className="nx-card">
            <Text className="nx-card__title">你的入会申请正在审核</Text>
            <Button className="nx-drive-status" size="large" block onClick={() => openPage(routes.joinStatus)}>
              查看进度
            </Button>
          </View>
        ) : null}
        {membership === 'approved' ? (
          <Button className="nx-drive-card" size="large" block onClick={() => openPage(routes.card)}>
            查看我的会员卡
          </Button>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}
