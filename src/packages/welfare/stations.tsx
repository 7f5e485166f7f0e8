import { Button } from '@nutui/nutui-react-taro';
import { Map, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { Station } from '@core/contracts/directory.contract';
import type { LatLng } from '@core/rules/geo';
import type { AppError } from '@core/result';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { PrivacyPopup } from '../../components/PrivacyPopup';
import { useLocation } from '../../hooks/use-location';
import { useToast } from '../../hooks/use-toast';
import { fetchNearbyStations } from '../../services/directory/fetch-nearby-stations';
import { fetchStations } from '../../services/directory/fetch-stations';
import { openOnMap } from '../../utils/location/open-on-map';
import { openPage } from '../../utils/navigate';
import { StationCard } from './components/StationCard';
import { welfareRoutes } from './welfare-routes';
import './stations.scss';

type Listed = Station & { distanceM?: number };

interface List {
  items: Listed[];
  nextCursor: string | null;
  loading: boolean;
  error: AppError | null;
  /** Sorted by distance from here; null: by name, without distances. */
  from: LatLng | null;
}

const empty: List = { items: [], nextCursor: null, loading: true, error: null, from: null };

const calloutStyle = {
  display: 'BYCLICK' as const,
  textAlign: 'center' as const,
  padding: 8,
  borderRadius: 6,
  borderWidth: 0,
  borderColor: '#ffffff',
  fontSize: 16,
  color: '#1f1f1f',
  bgColor: '#ffffff',
  anchorX: 0,
  anchorY: 0,
};

/**
 * 附近驿站: nearest first with distances once the worker shares a location (WeChat's privacy popup,
 * then the permission); refused, the same stations by name. The mini-program shows them on a map too;
 * 导航 opens WeChat's map at the station. `?manage=1` (admins, from 礼包工作): add and edit stations.
 */
export default function StationsPage() {
  const { params } = useRouter();
  const manage = params.manage === '1';
  const location = useLocation({ auto: !manage });
  const [list, setList] = useState<List>(empty);
  const [selected, setSelected] = useState<string | null>(null);
  const [toast, showToast] = useToast();
  const ticket = useRef(0);

  const load = async (from: LatLng | null, cursor?: string) => {
    ticket.current += 1;
    const mine = ticket.current;
    const result = from ? await fetchNearbyStations(from) : await fetchStations(cursor);
    if (mine !== ticket.current) return;
    setList((current) =>
      result.ok
        ? { items: [...(cursor ? current.items : []), ...result.data.items], nextCursor: 'nextCursor' in result.data ? result.data.nextCursor : null, loading: false, error: null, from }
        : { ...current, loading: false, error: result.error },
    );
  };

  // By distance once located; by name when the worker said no, when there is no position, or for admins.
  useEffect(() => {
    if (location.status === 'located') void load(location.point);
    else if (manage || location.status === 'refused' || location.status === 'unavailable') void load(null);
  }, [location.status, location.point, manage]);

  useDidShow(() => {
    if (manage) void load(null);
  });

  const navigate = async (station: Station) => {
    const outcome = await openOnMap(station);
    if (outcome === 'copied') showToast('地址已复制，可以粘贴到地图里', 'success');
    if (outcome === 'failed') showToast(`地址：${station.address}`);
  };
  const call = (phone: string) => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => showToast(`电话：${phone}`));

  const refused = !manage && (location.status === 'refused' || location.status === 'unavailable');
  const points = list.items.map((station) => ({ latitude: station.location.lat, longitude: station.location.lng }));
  return (
    <PageShell className="nx-stations">
      {manage ? (
        <Button type="primary" size="large" block className="nx-stations-add" onClick={() => openPage(welfareRoutes.staffStationForm)}>
          新增驿站
        </Button>
      ) : null}
      {refused ? (
        <View className="nx-stations__notice nx-stations-no-location">
          <Text>{location.status === 'refused' ? '没有获得你的位置，驿站按名称列出。' : '暂时获取不到位置，驿站按名称列出。'}</Text>
          <View className="nx-stations__relocate nx-stations-relocate" onClick={() => void location.request()}>
            <Text>重新定位</Text>
          </View>
        </View>
      ) : null}
      {process.env.TARO_ENV === 'weapp' && list.from && list.items.length > 0 ? (
        <Map
          className="nx-stations__map"
          latitude={list.from.lat}
          longitude={list.from.lng}
          scale={14}
          showLocation
          includePoints={points}
          markers={list.items.map((station, i) => ({
            id: i,
            latitude: station.location.lat,
            longitude: station.location.lng,
            title: station.name,
            width: 28,
            height: 36,
            iconPath: '',
            // The default marker (an empty iconPath) and the name on tap.
            callout: { ...calloutStyle, content: station.name },
          }))}
          onMarkerTap={(event) => setSelected(list.items[Number(event.detail.markerId)]?.id ?? null)}
          onError={() => undefined}
        />
      ) : null}
      {list.from && list.items.length > 0 ? <Text className="nx-section-title nx-stations__title">离你最近的排在前面</Text> : null}
      <LoadState
        loading={list.loading}
        error={list.error}
        hasData={list.items.length > 0}
        loadingText={location.status === 'locating' ? '正在获取你的位置…' : '正在加载…'}
        onRetry={() => void load(list.from)}
      >
        {!list.loading && !list.error && list.items.length === 0 ? (
          <EmptyState mark="站" title={list.from ? '附近20公里内没有驿站' : '还没有驿站'} description="工会正在建设更多驿站，建好后会出现在这里。" />
        ) : null}
        {list.items.map((station) => (
          <StationCard
            key={station.id}
            station={station}
            selected={station.id === selected}
            onNavigate={(s) => void navigate(s)}
            onCall={call}
            onEdit={manage ? (s) => openPage(`${welfareRoutes.staffStationForm}?id=${s.id}`) : undefined}
          />
        ))}
        {list.nextCursor ? (
          <Button fill="outline" block className="nx-stations-more" onClick={() => void load(null, list.nextCursor ?? undefined)}>
            加载更多
          </Button>
        ) : null}
      </LoadState>
      <PrivacyPopup />
      {toast}
    </PageShell>
  );
}
