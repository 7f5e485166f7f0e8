import { Button, Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { CampaignAdminView } from '@core/contracts/welfare.contract';
import { occupationLabels } from '@core/enums/occupation';
import { campaignKindLabels, campaignStatusLabels, perPersonLabels, type CampaignStatus } from '@core/enums/welfare';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { fetchCampaignStats } from '../../../services/welfare/fetch-campaign-stats';
import { setCampaignStatus } from '../../../services/welfare/set-campaign-status';
import { topUpCampaign, type TopUpInput } from '../../../services/welfare/top-up-campaign';
import { openPage } from '../../../utils/navigate';
import { ChoiceChips } from '../components/ChoiceChips';
import { eligibilityText, formatWhen } from '../welfare-format';
import { welfareRoutes } from '../welfare-routes';
import { useIsAdmin } from './use-is-admin';
import './campaign.scss';

const statusActions: Record<CampaignStatus, Array<{ to: CampaignStatus; label: string }>> = {
  open: [{ to: 'paused', label: '暂停发放' }, { to: 'closed', label: '结束活动' }],
  paused: [{ to: 'open', label: '恢复发放' }, { to: 'closed', label: '结束活动' }],
  closed: [],
};

const doneLabels: Record<CampaignStatus, string> = { open: '已恢复发放', paused: '已暂停发放', closed: '活动已结束' };

/** 发放统计 and, for admins, 补充库存 / 暂停 / 恢复 / 结束 / 修改. */
/** 领券 and 领取 always; 过期 and 退回 once there are any, so a fresh campaign's rows stay short. */
const tallyText = (tally: { claimed: number; redeemed: number; expired: number; cancelled: number }) =>
  [`领券${tally.claimed}`, `领取${tally.redeemed}`, tally.expired ? `过期${tally.expired}` : '', tally.cancelled ? `退回${tally.cancelled}` : ''].filter(Boolean).join(' · ');

export default function StaffCampaignPage() {
  const { params } = useRouter();
  const campaignId = params.id ?? '';
  const load = useCallback(() => fetchCampaignStats(campaignId), [campaignId]);
  const stats = useQuery(load, { auto: false });
  const admin = useIsAdmin();
  const [toast, showToast] = useToast();
  const [topping, setTopping] = useState(false);
  const [amount, setAmount] = useState('');
  const [topUpStation, setTopUpStation] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const statusChange = useSubmit((requestId, to: CampaignStatus) => setCampaignStatus(campaignId, to, requestId), (to) => `${campaignId}:${to}`);
  const topUpStock = useSubmit(
    (requestId, input: TopUpInput) => topUpCampaign(input, requestId),
    (input) => `${input.campaignId}:${input.amount}:${input.stationId ?? ''}`,
  );
  useDidShow(() => {
    void stats.reload();
  });

  const changeStatus = async (to: CampaignStatus) => {
    const result = await statusChange.submit(to);
    if (!result) return;
    showToast(result.ok ? doneLabels[to] : result.error.message, result.ok ? 'success' : 'fail');
    void stats.reload();
  };

  const topUp = async (campaign: CampaignAdminView) => {
    const n = Number(amount);
    if (!Number.isInteger(n) || n < 1 || n > 100000) {
      showToast('请填写1到100000之间的整数');
      throw new Error('invalid amount');
    }
    const perStation = campaign.stockMode === 'perStation';
    if (perStation && !topUpStation) {
      showToast('请选择给哪个驿站补充');
      throw new Error('no station');
    }
    const result = await topUpStock.submit({ campaignId, amount: n, ...(perStation && topUpStation ? { stationId: topUpStation } : {}) });
    if (!result) throw new Error('already sending');
    if (!result.ok) {
      showToast(result.error.message, 'fail');
      throw new Error(result.error.code);
    }
    setTopping(false);
    setAmount('');
    showToast(`已补充${n}份`, 'success');
    void stats.reload();
  };

  const campaign = stats.data;
  return (
    <PageShell className="nx-staff-campaign">
      <LoadState loading={stats.loading} error={stats.error} hasData={campaign !== undefined} onRetry={() => void stats.reload()}>
        {campaign ? (
          <>
            <View className="nx-card">
              <View className="nx-staff-campaign__head">
                <Text className="nx-staff-campaign__kind">{campaignKindLabels[campaign.kind]}</Text>
                <Text className={`nx-staff-campaign__status nx-staff-campaign-status--${campaign.status}`}>{campaignStatusLabels[campaign.status]}</Text>
              </View>
              <Text className="nx-card__title">{campaign.title}</Text>
              <View className="nx-staff-campaign__numbers">
                <Figure label="总数" value={campaign.total} />
                <Figure label="剩余" value={campaign.remaining} strong />
                <Figure label="已领券" value={campaign.claimed} />
                <Figure label="已领取" value={campaign.redeemed} strong />
                <Figure label="待领取" value={campaign.outstanding} />
                <Figure label="已过期" value={campaign.expired} />
                <Figure label="已退回" value={campaign.cancelled} />
                <Figure label="排队" value={campaign.waiting} />
              </View>
              <View className="nx-staff-campaign__bar">
                <View className="nx-staff-campaign__bar-fill" style={{ width: `${campaign.total ? Math.round(((campaign.total - campaign.remaining) / campaign.total) * 100) : 0}%` }} />
              </View>
            </View>

            <Text className="nx-section-title">按驿站</Text>
            <View className="nx-card nx-staff-campaign-stations">
              {campaign.stations.map((station) => (
                <View key={station.id} className="nx-staff-campaign__row">
                  <Text className="nx-staff-campaign__row-name">{station.name}</Text>
                  <Text className="nx-staff-campaign__row-value">
                    {tallyText(station)}
                    {station.total !== null ? ` · 剩${station.remaining}/${station.total}` : ''}
                  </Text>
                </View>
              ))}
            </View>

            <Text className="nx-section-title">按职业</Text>
            <View className="nx-card nx-staff-campaign-occupations">
              {campaign.byOccupation.length === 0 ? <Text className="nx-muted">还没有人领取。</Text> : null}
              {campaign.byOccupation.map((row) => (
                <View key={row.occupation} className="nx-staff-campaign__row">
                  <Text className="nx-staff-campaign__row-name">{occupationLabels[row.occupation]}</Text>
                  <Text className="nx-staff-campaign__row-value">
                    {tallyText(row)}
                  </Text>
                </View>
              ))}
            </View>

            <Text className="nx-section-title">设置</Text>
            <View className="nx-card nx-staff-campaign__settings">
              <Text>领取对象：{eligibilityText(campaign)}</Text>
              <Text>{perPersonLabels[campaign.perPerson]}，券有效{campaign.voucherValidHours}小时</Text>
              <Text>
                领券：{formatWhen(campaign.claimStartsAt)} 至 {formatWhen(campaign.claimEndsAt)}
              </Text>
              <Text>
                到驿站领取：{formatWhen(campaign.pickupStartsAt)} 至 {formatWhen(campaign.pickupEndsAt)}
              </Text>
            </View>

            {admin && campaign.status !== 'closed' ? (
              <View className="nx-staff-campaign__actions">
                <Button type="primary" size="large" block className="nx-staff-campaign-topup" onClick={() => setTopping(true)}>
                  补充库存
                </Button>
                <Button size="large" block className="nx-staff-campaign-edit" onClick={() => openPage(`${welfareRoutes.staffCampaignForm}?id=${campaign.id}`)}>
                  修改活动
                </Button>
                {statusActions[campaign.status].map((action) => (
                  <Button
                    key={action.to}
                    size="large"
                    block
                    loading={statusChange.busy}
                    className={`nx-staff-campaign-status-${action.to}`}
                    onClick={() => (action.to === 'closed' ? setClosing(true) : void changeStatus(action.to))}
                  >
                    {action.label}
                  </Button>
                ))}
              </View>
            ) : null}

            <Dialog
              className="nx-topup-dialog"
              visible={topping}
              title="补充库存"
              confirmText="确认补充"
              cancelText="取消"
              onCancel={() => setTopping(false)}
              onClose={() => setTopping(false)}
              onConfirm={() => topUp(campaign)}
            >
              <View className="nx-topup">
                <Input className="nx-topup-amount" type="number" placeholder="补充多少份" value={amount} onChange={setAmount} />
                {campaign.stockMode === 'perStation' ? (
                  <ChoiceChips
                    options={campaign.stations.map((s) => ({ value: s.id, label: s.name }))}
                    selected={topUpStation ? [topUpStation] : []}
                    onToggle={setTopUpStation}
                    idPrefix="nx-topup-station"
                    columns={2}
                  />
                ) : null}
              </View>
            </Dialog>
            <Dialog
              className="nx-close-dialog"
              visible={closing}
              title="结束这个活动？"
              content="结束后不能再领券，也不能恢复；已经领到券的工友仍可以在有效期内到驿站领取。"
              confirmText="确认结束"
              cancelText="取消"
              onCancel={() => setClosing(false)}
              onClose={() => setClosing(false)}
              onConfirm={() => {
                setClosing(false);
                void changeStatus('closed');
              }}
            />
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}

function Figure({ label, value, strong = false }: { label: string; value: number; strong?: boolean }) {
  return (
    <View className={`nx-staff-campaign__number ${strong ? 'nx-staff-campaign__number--strong' : ''}`}>
      <Text className="nx-staff-campaign__number-value">{value}</Text>
      <Text className="nx-staff-campaign__number-label">{label}</Text>
    </View>
  );
}
