import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { CampaignAdminView } from '@core/contracts/welfare.contract';
import { campaignKindLabels, campaignStatusLabels } from '@core/enums/welfare';
import type { AppError } from '@core/result';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { fetchManagedCampaigns } from '../../../services/welfare/fetch-managed-campaigns';
import { openPage } from '../../../utils/navigate';
import { formatDay } from '../welfare-format';
import { welfareRoutes } from '../welfare-routes';
import { useIsAdmin } from './use-is-admin';
import './campaigns.scss';

interface Page {
  items: CampaignAdminView[];
  nextCursor: string | null;
  loading: boolean;
  error: AppError | null;
}

/** 礼包活动: the campaigns of the staff member's unions, newest first, with how far each has got. */
export default function StaffCampaignsPage() {
  const admin = useIsAdmin();
  const [page, setPage] = useState<Page>({ items: [], nextCursor: null, loading: true, error: null });
  const ticket = useRef(0);

  const load = async (cursor?: string) => {
    ticket.current += 1;
    const mine = ticket.current;
    const result = await fetchManagedCampaigns(cursor);
    if (mine !== ticket.current) return;
    setPage((current) =>
      result.ok
        ? { items: [...(cursor ? current.items : []), ...result.data.items], nextCursor: result.data.nextCursor, loading: false, error: null }
        : { ...current, loading: false, error: result.error },
    );
  };
  useDidShow(() => {
    void load();
  });

  return (
    <PageShell className="nx-staff-campaigns">
      {admin ? (
        <Button type="primary" size="large" block className="nx-staff-campaigns-create" onClick={() => openPage(welfareRoutes.staffCampaignForm)}>
          新建礼包活动
        </Button>
      ) : null}
      <LoadState loading={page.loading} error={page.error} hasData={page.items.length > 0} onRetry={() => void load()}>
        {!page.loading && !page.error && page.items.length === 0 ? (
          <EmptyState mark="礼" title="还没有礼包活动" description={admin ? '新建一个送清凉或送温暖活动，工友就能在小程序里领取。' : '本工会的活动会出现在这里。'} />
        ) : null}
        {page.items.map((campaign) => (
          <View
            key={campaign.id}
            id={`nx-managed-${campaign.id}`}
            className="nx-card nx-managed"
            onClick={() => openPage(`${welfareRoutes.staffCampaign}?id=${campaign.id}`)}
          >
            <View className="nx-managed__head">
              <Text className="nx-managed__kind">{campaignKindLabels[campaign.kind]}</Text>
              <Text className={`nx-managed__status nx-managed__status--${campaign.status}`}>{campaignStatusLabels[campaign.status]}</Text>
            </View>
            <Text className="nx-managed__title">{campaign.title}</Text>
            <Text className="nx-managed__line">
              已领券 {campaign.claimed} · 已领取 {campaign.redeemed} · 剩 {campaign.remaining} / 共 {campaign.total}
            </Text>
            <Text className="nx-managed__line nx-muted">
              {campaign.union.name} · {formatDay(campaign.claimStartsAt)}至{formatDay(campaign.claimEndsAt)}
            </Text>
          </View>
        ))}
        {page.nextCursor ? (
          <Button fill="outline" block className="nx-staff-campaigns-more" onClick={() => void load(page.nextCursor ?? undefined)}>
            加载更多
          </Button>
        ) : null}
      </LoadState>
    </PageShell>
  );
}
