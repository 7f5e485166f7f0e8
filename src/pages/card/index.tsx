import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { QrCode } from '../../components/QrCode';
import { useQuery } from '../../hooks/use-query';
import { fetchMemberCard } from '../../services/member/fetch-member-card';
import { formatDate } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import './index.scss';

/** 会员卡: the electronic member card with a QR code staff scan; a way in for non-members. */
export default function CardPage() {
  const card = useQuery(fetchMemberCard, { auto: false });
  useDidShow(() => {
    void card.reload();
  });

  if (card.error?.code === 'MEMBER.NOT_MEMBER') {
    return (
      <PageShell className="nx-card-page">
        <EmptyState
          mark="卡"
          title="还没有会员卡"
          description="入会申请通过后，这里就会出现你的电子会员卡。"
          actionText="我要入会"
          actionClassName="nx-card-join"
          onAction={() => openPage(routes.join)}
        >
          <View className="nx-card-page__status" onClick={() => openPage(routes.joinStatus)}>
            已经提交过申请？查看进度
          </View>
        </EmptyState>
      </PageShell>
    );
  }

  const data = card.data;
  return (
    <PageShell className="nx-card-page">
      <LoadState loading={card.loading} error={card.error} hasData={data !== undefined} onRetry={() => void card.reload()}>
        {data ? (
          <View className="nx-member-card" id="nx-member-card">
            <View className="nx-member-card__head">
              <Text className="nx-member-card__org">工会会员电子卡</Text>
              <Text className="nx-member-card__union nx-card-union">{data.union.name}</Text>
            </View>
            <View className="nx-member-card__body">
              <Text className="nx-member-card__name nx-card-name">{data.name}</Text>
              <View className="nx-member-card__row">
                <Text className="nx-member-card__label">身份证号</Text>
                <Text className="nx-member-card__value nx-card-id">{data.idMasked}</Text>
              </View>
              <View className="nx-member-card__row">
                <Text className="nx-member-card__label">会员号</Text>
                <Text className="nx-member-card__value nx-card-member-no">{data.memberNo}</Text>
              </View>
              <View className="nx-member-card__row">
                <Text className="nx-member-card__label">入会日期</Text>
                <Text className="nx-member-card__value nx-card-joined">{formatDate(data.joinedAt)}</Text>
              </View>
            </View>
            <View className="nx-member-card__qr">
              <QrCode value={data.qrPayload} size={200} className="nx-card-qr" />
              <Text className="nx-member-card__hint">工作人员扫这个码，就能查到你的会员信息</Text>
            </View>
          </View>
        ) : null}
      </LoadState>
    </PageShell>
  );
}
