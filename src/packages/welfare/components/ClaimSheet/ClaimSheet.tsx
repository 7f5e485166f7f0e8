import { Button, Popup } from '@nutui/nutui-react-taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { useEffect, useMemo, useState } from 'react';
import type { CampaignView } from '@core/contracts/welfare.contract';
import { collectionNotices } from '@core/privacy';
import { occupationLabels, occupations, type Occupation } from '@core/enums/occupation';
import { distanceM, formatDistance, type LatLng } from '@core/rules/geo';
import { CollectionNotice } from '../../../../components/CollectionNotice';
import type { LocationStatus } from '../../../../hooks/use-location';
import { ChoiceChips } from '../ChoiceChips';
import './ClaimSheet.scss';

export interface ClaimChoice {
  stationId: string;
  occupation?: Occupation;
}

export interface ClaimSheetProps {
  /** The campaign being claimed (or queued for); null hides the sheet. */
  campaign: CampaignView | null;
  mode: 'claim' | 'waitlist';
  location: { status: LocationStatus; point: LatLng | null; request: () => void };
  busy: boolean;
  /** Why the last attempt failed, shown in the sheet. */
  problem: string | null;
  onSubmit: (choice: ClaimChoice) => void;
  onClose: () => void;
}

const occupationOptions = occupations.map((value) => ({ value, label: occupationLabels[value] }));

/**
 * 选择领取驿站: the campaign's stations, nearest first once the worker's position is known (the nearest
 * open one chosen for them), each with its distance and, in per-station mode, what it has left. A
 * worker the app knows nothing about also says their occupation.
 */
export function ClaimSheet({ campaign, mode, location, busy, problem, onSubmit, onClose }: ClaimSheetProps) {
  const [stationId, setStationId] = useState<string | null>(null);
  const [picked, setPicked] = useState(false);
  const [occupation, setOccupation] = useState<Occupation | null>(null);

  const stations = useMemo(() => {
    const list = (campaign?.stations ?? []).map((station) => ({
      ...station,
      distance: location.point ? distanceM(location.point, station.location) : null,
      empty: station.remaining !== null && station.remaining <= 0,
    }));
    return location.point ? [...list].sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0)) : list;
  }, [campaign, location.point]);

  useEffect(() => {
    setPicked(false);
    setOccupation(null);
  }, [campaign?.id]);

  // The nearest station that can still give (or any, to queue at), until the worker picks one themselves.
  useEffect(() => {
    if (picked) return;
    const first = stations.find((station) => mode === 'waitlist' || !station.empty) ?? stations[0];
    setStationId(first?.id ?? null);
  }, [stations, picked, mode]);

  if (!campaign) return null;
  const needOccupation = campaign.askOccupation && !occupation;
  const submit = () => {
    if (!stationId || needOccupation) return;
    onSubmit({ stationId, ...(campaign.askOccupation && occupation ? { occupation } : {}) });
  };

  return (
    <Popup visible position="bottom" round closeable title={mode === 'claim' ? '选择领取驿站' : '排队：选择领取驿站'} className="nx-claim-sheet" onClose={onClose}>
      <View className="nx-claim">
        {/* The stations scroll; the confirm button stays in reach under them. */}
        <ScrollView scrollY className="nx-claim__scroll">
          <Text className="nx-claim__campaign">{campaign.title}</Text>
          {location.status === 'located' ? (
            <Text className="nx-claim__hint">离你最近的排在最前面。</Text>
          ) : location.status === 'locating' ? (
            <Text className="nx-claim__hint">正在获取你的位置…</Text>
          ) : (
            <View className="nx-claim__hint nx-claim-locate" onClick={location.request}>
              <Text>没有获取到你的位置，驿站按活动顺序排列。</Text>
              <Text className="nx-claim__link">点这里重新定位</Text>
            </View>
          )}
          <View className="nx-claim__stations">
            {stations.map((station) => {
              const on = station.id === stationId;
              const disabled = mode === 'claim' && station.empty;
              return (
                <View
                  key={station.id}
                  id={`nx-claim-station-${station.id}`}
                  className={`nx-claim-station ${on ? 'nx-claim-station--selected' : ''} ${disabled ? 'nx-claim-station--empty' : ''}`}
                  onClick={() => {
                    if (disabled) return;
                    setPicked(true);
                    setStationId(station.id);
                  }}
                >
                  <View className="nx-claim-station__line">
                    <Text className="nx-claim-station__name">{station.name}</Text>
                    {station.distance !== null ? <Text className="nx-claim-station__distance">{formatDistance(station.distance)}</Text> : null}
                  </View>
                  <Text className="nx-claim-station__detail">{station.address}</Text>
                  <Text className="nx-claim-station__detail">
                    开放时间：{station.hours}
                    {station.remaining !== null ? `　${station.empty ? '已领完' : `剩${station.remaining}份`}` : ''}
                  </Text>
                </View>
              );
            })}
          </View>
          {campaign.askOccupation ? (
            <View className="nx-claim__occupation">
              <Text className="nx-claim__label">你的职业</Text>
              <ChoiceChips options={occupationOptions} selected={occupation ? [occupation] : []} onToggle={setOccupation} idPrefix="nx-claim-occupation" />
              {/* Asked of a worker who has not joined, so agreed to nothing: say what the claim keeps. */}
              <CollectionNotice text={collectionNotices.welfareClaim} />
            </View>
          ) : null}
        </ScrollView>
        <View className="nx-claim__footer">
          {problem ? <Text className="nx-field-error nx-claim-problem">{problem}</Text> : null}
          {needOccupation ? <Text className="nx-claim__hint">选好职业就可以领取。</Text> : null}
          <Button type="primary" size="large" block className="nx-claim-submit" loading={busy} disabled={!stationId || needOccupation} onClick={submit}>
            {mode === 'claim' ? '确认领取' : '确认排队'}
          </Button>
        </View>
      </View>
    </Popup>
  );
}
