import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import type { Station } from '@core/contracts/directory.contract';
import { facilityLabels } from '@core/enums/welfare';
import { formatDistance } from '@core/rules/geo';
import './StationCard.scss';

export interface StationCardProps {
  station: Station & { distanceM?: number };
  selected?: boolean;
  onNavigate: (station: Station) => void;
  onCall: (phone: string) => void;
  /** Admins only: opens the station's form. */
  onEdit?: (station: Station) => void;
}

/** A 驿站: how far, where, when it is open, what it offers, how to reach it. */
export function StationCard({ station, selected = false, onNavigate, onCall, onEdit }: StationCardProps) {
  return (
    <View id={`nx-station-${station.id}`} className={`nx-card nx-station ${selected ? 'nx-station--selected' : ''}`}>
      <View className="nx-station__head">
        <Text className="nx-station__name">{station.name}</Text>
        {station.distanceM !== undefined ? <Text className="nx-station__distance nx-station-distance">{formatDistance(station.distanceM)}</Text> : null}
      </View>
      {station.photoUrl ? (
        <View className="nx-station__photo">
          <Image className="nx-station__photo-image" src={station.photoUrl} mode="aspectFill" lazyLoad ariaLabel={`${station.name}的照片`} nativeProps={{ alt: `${station.name}的照片` }} />
        </View>
      ) : null}
      <Text className="nx-station__line">{station.address}</Text>
      <Text className="nx-station__line">开放时间：{station.hours}</Text>
      <View className="nx-station__facilities">
        {station.facilities.map((facility) => (
          <Text key={facility} className="nx-station__facility">
            {facilityLabels[facility]}
          </Text>
        ))}
      </View>
      <View className="nx-station__actions">
        <Button type="primary" size="large" className="nx-station-navigate" onClick={() => onNavigate(station)}>
          {process.env.TARO_ENV === 'weapp' ? '导航' : '复制地址'}
        </Button>
        {station.contact ? (
          <Button size="large" className="nx-station-call" onClick={() => onCall(station.contact ?? '')}>
            打电话
          </Button>
        ) : null}
        {onEdit ? (
          <Button size="large" className="nx-station-edit" onClick={() => onEdit(station)}>
            编辑
          </Button>
        ) : null}
      </View>
    </View>
  );
}
