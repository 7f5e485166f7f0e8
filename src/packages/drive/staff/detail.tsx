import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import { useDidShow, usePullDownRefresh, useRouter, stopPullDownRefresh } from '@tarojs/taro';
import type { DriveDetail } from '@core/contracts/drive.contract';
import { driveKindLabels } from '@core/enums/drive-kind';
import { occupationLabels } from '@core/enums/occupation';
import { driveIdFromParams } from '@core/rules/drive-entry';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { fetchDriveDetail } from '../../../services/drive/fetch-drive-detail';
import { formatDateTime } from '../../../utils/format-time';
import { mapActionLabelOf, openOnMap } from '../../../utils/location/open-on-map';
import { openPage, routes } from '../../../utils/navigate';
import { FoundUnionForm } from '../components/FoundUnionForm';
import { OnSiteQueue } from '../components/OnSiteQueue';
import './staff.scss';

/** The link a phone opens, in full: the QR code's content, to print or send when a camera fails. */
const fullLinkOf = (entryPath: string) => (process.env.TARO_ENV === 'h5' ? `${window.location.origin}${entryPath}` : entryPath);

/** 面向：骑手、快递员 · 美团、饿了么, or 不限 when staff chose nobody in particular. */
const audienceOf = ({ occupations, platforms }: DriveDetail['audience']): string =>
  [occupations.map((key) => occupationLabels[key]).join('、'), platforms.join('、')].filter(Boolean).join(' · ') || '不限';

/** 活动详情: what, where (with 导航), for whom, the QR code to show or print, the figures, 现场审核 and 建会. */
export default function DriveDetailPage() {
  const driveId = driveIdFromParams(useRouter().params) ?? '';
  const detail = useQuery(() => fetchDriveDetail(driveId), { auto: false });
  const [toast, showToast] = useToast();
  useDidShow(() => {
    void detail.reload();
  });
  usePullDownRefresh(() => {
    void detail.reload().finally(() => stopPullDownRefresh());
  });
  const drive = detail.data;

  const navigate = async ({ title, place, location }: DriveDetail) => {
    if (!location) return;
    const outcome = await openOnMap({ name: title, address: place, location: { lat: location.latitude, lng: location.longitude } });
    if (outcome === 'copied') showToast('地址已复制，可以粘贴到地图里', 'success');
    if (outcome === 'failed') showToast(`地址：${place}`);
  };

  return (
    <PageShell className="nx-drive-detail">
      <LoadState loading={detail.loading} error={detail.error} hasData={drive !== undefined} onRetry={() => void detail.reload()}>
        {drive ? (
          <>
            <View className="nx-card">
              <Text className="nx-card__title nx-drive-detail__title">{drive.title}</Text>
              <Text className="nx-drive-row__line">{drive.kinds.map((kind) => driveKindLabels[kind]).join(' · ')}</Text>
              <Text className="nx-drive-row__line">主办：{drive.union.name}</Text>
              <Text className="nx-drive-row__line nx-drive-place-line">地点：{drive.place}</Text>
              <Text className="nx-drive-row__line">
                时间：{formatDateTime(drive.startsAt)} 至 {formatDateTime(drive.endsAt).slice(-5)}
              </Text>
              <Text className="nx-drive-row__line nx-drive-audience">面向：{audienceOf(drive.audience)}</Text>
              {drive.giftCampaign ? <Text className="nx-drive-row__line nx-drive-gift">入会送礼包：{drive.giftCampaign.title}</Text> : null}
              {drive.notes ? <Text className="nx-drive-row__line nx-muted">备注：{drive.notes}</Text> : null}
              {drive.location ? (
                <View className="nx-drive-place-actions">
                  <Button className="nx-drive-navigate" size="small" onClick={() => void navigate(drive)}>
                    {mapActionLabelOf('活动现场')}
                  </Button>
                </View>
              ) : (
                <Text className="nx-drive-row__line nx-muted nx-drive-no-location">没有设置地图位置，劳动者只能按地址找过来</Text>
              )}
            </View>

            <View className="nx-card nx-figures nx-drive-figures">
              {[
                ['签到', drive.figures.signedIn],
                ['新会员', drive.figures.approved],
                ['待审核', drive.figures.pending],
                ['建会', drive.figures.foundedUnions],
              ].map(([label, value]) => (
                <View key={label} className="nx-figure">
                  <Text className="nx-figure__value">{value}</Text>
                  <Text className="nx-figure__label">{label}</Text>
                </View>
              ))}
            </View>

            <View className="nx-card nx-drive-qr">
              <Text className="nx-card__title">扫码签到、入会</Text>
              {drive.qrCodeUrl ? (
                <Image className="nx-drive-qr__image" src={drive.qrCodeUrl} mode="aspectFit" showMenuByLongpress />
              ) : (
                <Text className="nx-muted">二维码暂时没有生成，请下拉刷新再试；也可以把下面的链接发给劳动者。</Text>
              )}
              <Text className="nx-drive-qr__link nx-drive-link" userSelect>
                {fullLinkOf(drive.entryPath)}
              </Text>
            </View>

            <View className="nx-drive-actions">
              <Button className="nx-drive-open-board" type="primary" size="large" block onClick={() => openPage(`${routes.staffDriveBoard}?drive=${encodeURIComponent(drive.id)}`)}>
                打开现场大屏
              </Button>
            </View>

            <OnSiteQueue driveId={drive.id} onDecided={(text) => { showToast(text, 'success'); void detail.reload(); }} onFailed={(text) => showToast(text, 'fail')} />

            <FoundUnionForm
              drive={drive}
              onFounded={(name) => {
                showToast(`已登记：${name}`, 'success');
                void detail.reload();
              }}
              onFailed={(text) => showToast(text, 'fail')}
            />
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}
