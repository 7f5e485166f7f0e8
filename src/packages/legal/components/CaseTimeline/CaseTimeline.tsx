import { Text, View } from '@tarojs/components';
import type { TimelineEntryView } from '@core/contracts/legal-views';
import { formatDateTime } from '../../../../utils/format-time';
import './CaseTimeline.scss';

/** Every step of a case, oldest first: what happened, who did it, when, and what they wrote. */
export function CaseTimeline({ entries }: { entries: readonly TimelineEntryView[] }) {
  return (
    <View className="nx-timeline">
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className={`nx-timeline__entry nx-timeline-entry nx-timeline-entry--${entry.kind}`}>
          <View className="nx-timeline__dot" />
          <View className="nx-timeline__body">
            <Text className="nx-timeline__title">{entry.title}</Text>
            <Text className="nx-timeline__meta">
              {formatDateTime(entry.at)} · {entry.actor}
            </Text>
            {entry.text ? <Text className="nx-timeline__text">{entry.text}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
