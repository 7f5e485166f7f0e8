import { Text, View } from '@tarojs/components';
import './NoticeSummary.scss';

export interface NoticeSummaryProps {
  /** The notice in short, one point a line (`privacyNoticeSummary`, `healthNoticeSummary`). */
  lines: readonly string[];
  /** Which notice and version was shown: what the worker's consent is recorded against. */
  versionLabel: string;
}

/** A notice in short on a quiet band, with its version: what a worker reads before agreeing. */
export function NoticeSummary({ lines, versionLabel }: NoticeSummaryProps) {
  return (
    <View className="nx-notice-summary">
      {lines.map((line) => (
        <Text key={line} className="nx-notice-summary__line">
          {line}
        </Text>
      ))}
      <Text className="nx-caption">{versionLabel}</Text>
    </View>
  );
}
