import { Text, View } from '@tarojs/components';
import type { TimelineEntryView } from '@core/contracts/legal-views';
import { formatDateTime } from '../../../../utils/format-time';
import './CaseTimeline.scss';

/** Every step of a case, oldest first: what happened, who did it, when, and what they wrote. */
export function CaseTimeline({ entries }: { entries: readonly TimelineEntryView[] }) {
  return (
    <View className="nx-case-timeline">
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className={`nx-case-timeline__entry nx-case-timeline-entry nx-case-timeline-entry--${entry.kind}`}>
          <View className="nx-case-timeline__dot" />
          <View className="nx-case-timeline__body">
            <Text className="nx-case-timeline__title">{entry.title}</Text>
            <Text className="nx-case-timeline__meta">
              {formatDateTime(entry.at)} · {entry.actor}
            </Text>
            {entry.text ? <Text className="nx-case-timeline__text">{entry.text}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
