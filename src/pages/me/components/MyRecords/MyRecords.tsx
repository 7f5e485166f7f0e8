import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { LoadState } from '../../../../components/LoadState';
import { useQuery } from '../../../../hooks/use-query';
import { fetchTimeline } from '../../../../services/member/fetch-timeline';
import { openPage } from '../../../../utils/navigate';
import { Timeline } from '../Timeline';
import './MyRecords.scss';

/** 我的记录 on 我的: the timeline, loaded each time the tab is shown (a transfer may have been decided). */
export function MyRecords() {
  const timeline = useQuery(fetchTimeline, { auto: false });
  useDidShow(() => {
    void timeline.reload();
  });
  return (
    <View className="nx-me__records" id="nx-me-records">
      <Text className="nx-section-title nx-me__records-title">我的记录</Text>
      <LoadState loading={timeline.loading} error={timeline.error} hasData={timeline.data !== undefined} onRetry={() => void timeline.reload()}>
        {timeline.data ? <Timeline sections={timeline.data.sections} items={timeline.data.items} onOpen={openPage} /> : null}
      </LoadState>
    </View>
  );
}
