import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TimelineEntry, TimelineSection } from '@core/contracts/member-data.contract';
import { EmptyState } from '../../../../components/EmptyState';
import { formatDate } from '../../../../utils/format-time';
import './Timeline.scss';

export interface TimelineProps {
  sections: TimelineSection[];
  items: TimelineEntry[];
  onOpen: (link: string) => void;
}

const all = 'all';

/**
 * 我的记录: everything the worker has with the union, newest first — membership, vouchers, cases,
 * bookings, drives — with a filter per feature that has entries, each entry opening its detail.
 */
export function Timeline({ sections, items, onOpen }: TimelineProps) {
  const [shown, setShown] = useState(all);
  const present = sections.filter((section) => items.some((item) => item.section === section.key));
  const visible = shown === all ? items : items.filter((item) => item.section === shown);
  const labelOf = new Map(sections.map((section) => [section.key, section.label]));

  if (items.length === 0) {
    return <EmptyState mark="记" title="还没有记录" description="入会、领礼包、法律援助、体检预约和活动签到，都会记在这里。" />;
  }
  return (
    <View className="nx-timeline" id="nx-timeline">
      {present.length > 1 ? (
        <View className="nx-timeline__filters">
          {[{ key: all, label: '全部' }, ...present].map((section) => (
            <View
              key={section.key}
              id={`nx-timeline-filter-${section.key}`}
              className={`nx-timeline__filter ${shown === section.key ? 'nx-timeline__filter--on' : ''}`}
              onClick={() => setShown(section.key)}
            >
              {section.label}
            </View>
          ))}
        </View>
      ) : null}
      {visible.map((item) => (
        <View
          key={item.id}
          className={`nx-timeline__entry nx-timeline-entry ${item.link ? 'nx-timeline__entry--link' : ''}`}
          onClick={item.link ? () => onOpen(item.link!) : undefined}
        >
          <View className="nx-timeline__dot" />
          <View className="nx-timeline__body">
            <View className="nx-timeline__head">
              <Text className="nx-timeline__title">{item.title}</Text>
              {item.badge ? <Text className="nx-timeline__badge">{item.badge}</Text> : null}
            </View>
            {item.detail ? <Text className="nx-timeline__detail">{item.detail}</Text> : null}
            <Text className="nx-timeline__when">
              {formatDate(item.at)} · {labelOf.get(item.section) ?? ''}
            </Text>
          </View>
          {item.link ? <Text className="nx-timeline__go">›</Text> : null}
        </View>
      ))}
    </View>
  );
}
