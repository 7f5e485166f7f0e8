import { Text, View } from '@tarojs/components';
import type { PlanSiteView } from '@core/contracts/health-fields';
import { siteKindLabels } from '@core/enums/health-labels';
import './SiteChooser.scss';

export interface SiteChooserProps {
  sites: readonly PlanSiteView[];
  value: string | null;
  onChange: (siteId: string) => void;
}

/** Where to go: each place a big choice with its kind and address, so the nearest is one tap. */
export function SiteChooser({ sites, value, onChange }: SiteChooserProps) {
  return (
    <View className="nx-sites">
      {sites.map((site) => (
        <View
          key={site.id}
          id={`nx-site-${site.id}`}
          className={`nx-site nx-health-site ${site.id === value ? 'nx-site--selected' : ''}`}
          onClick={() => onChange(site.id)}
        >
          <View className="nx-site__head">
            <Text className={`nx-site__kind nx-site__kind--${site.kind}`}>{siteKindLabels[site.kind]}</Text>
            <Text className="nx-site__name">{site.name}</Text>
          </View>
          <Text className="nx-site__address">{site.address}</Text>
        </View>
      ))}
    </View>
  );
}
