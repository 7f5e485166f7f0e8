import { Text, View } from '@tarojs/components';
import './ServiceGrid.scss';

export interface ServiceTile {
  key: string;
  name: string;
  /** One character drawn as the tile's icon. */
  mark: string;
  hint: string;
  /** Not built yet: shown honestly as 即将上线, and a tap says so instead of opening anything. */
  soon?: boolean;
  /** The feature's entry page, opened by a tap. */
  route?: string;
}

export interface ServiceGridProps {
  tiles: readonly ServiceTile[];
  onOpen: (tile: ServiceTile) => void;
}

/** The home page's services: big tiles, the unfinished ones greyed with a 即将上线 badge. */
export function ServiceGrid({ tiles, onOpen }: ServiceGridProps) {
  return (
    <View className="nx-services">
      {tiles.map((tile) => (
        <View
          key={tile.key}
          id={`nx-service-${tile.key}`}
          className={`nx-service nx-service--${tile.key} ${tile.soon ? 'nx-service--soon' : ''}`}
          hoverClass="nx-service--pressed"
          onClick={() => onOpen(tile)}
        >
          <View className="nx-service__mark">{tile.mark}</View>
          <Text className="nx-service__name">{tile.name}</Text>
          <Text className="nx-service__hint">{tile.soon ? '即将上线' : tile.hint}</Text>
        </View>
      ))}
    </View>
  );
}
