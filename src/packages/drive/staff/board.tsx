import { Text, View } from '@tarojs/components';
import { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { occupationLabels } from '@core/enums/occupation';
import { driveIdFromParams } from '@core/rules/drive-entry';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { fetchDriveBoard } from '../../../services/drive/fetch-drive-board';
import { formatDateTime } from '../../../utils/format-time';
import './board.scss';

/** Often enough to feel live at the table, rarely enough that a day on a screen costs a few thousand reads. */
const refreshMs = 5000;

/**
 * 现场大屏: for a big screen at the drive (1920×1080, read from across a room): people signed in, new
 * members, those waiting, and both by occupation. Counts only, never a name: it faces a crowd.
 * Sizes are in vh so the board fills any screen the same way.
 */
export default function DriveBoardPage() {
  const driveId = driveIdFromParams(useRouter().params) ?? '';
  const board = useQuery(() => fetchDriveBoard(driveId));
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const start = () => {
    if (!timer.current) timer.current = setInterval(() => void board.reload(), refreshMs);
  };
  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => {
    start();
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useDidShow(start);
  useDidHide(stop);

  const data = board.data;
  const widest = Math.max(1, ...(data?.byOccupation ?? []).map((row) => Math.max(row.signedIn, row.approved)));

  return (
    <PageShell className="nx-board">
      <LoadState loading={board.loading} error={board.error} hasData={data !== undefined} onRetry={() => void board.reload()}>
        {data ? (
          <View className="nx-board__frame">
            <View className="nx-board__head">
              <Text className="nx-board__title">{data.title}</Text>
              <Text className="nx-board__sub">
                {data.union.name} · {data.place}
              </Text>
            </View>
            <View className="nx-board__figures">
              <View className="nx-board__figure nx-board-signed-in">
                <Text className="nx-board__value">{data.figures.signedIn}</Text>
                <Text className="nx-board__label">已签到</Text>
              </View>
              <View className="nx-board__figure nx-board__figure--main nx-board-approved">
                <Text className="nx-board__value">{data.figures.approved}</Text>
                <Text className="nx-board__label">新会员</Text>
              </View>
              <View className="nx-board__figure nx-board-pending">
                <Text className="nx-board__value">{data.figures.pending}</Text>
                <Text className="nx-board__label">审核中</Text>
              </View>
              {data.figures.foundedUnions > 0 ? (
                <View className="nx-board__figure">
                  <Text className="nx-board__value">{data.figures.foundedUnions}</Text>
                  <Text className="nx-board__label">新建工会</Text>
                </View>
              ) : null}
            </View>
            <View className="nx-board__bars">
              {data.byOccupation.length === 0 ? <Text className="nx-board__empty">扫码签到后，这里按职业显示人数</Text> : null}
              {data.byOccupation.map((row) => (
                <View key={row.occupation} className={`nx-board__bar-row nx-board-row-${row.occupation}`}>
                  <Text className="nx-board__bar-label">{occupationLabels[row.occupation]}</Text>
                  <View className="nx-board__bar-track">
                    <View className="nx-board__bar nx-board__bar--signed" style={{ width: `${(row.signedIn / widest) * 100}%` }} />
                    <View className="nx-board__bar nx-board__bar--joined" style={{ width: `${(row.approved / widest) * 100}%` }} />
                  </View>
                  <Text className="nx-board__bar-value">
                    签到 {row.signedIn} · 入会 {row.approved}
                  </Text>
                </View>
              ))}
            </View>
            <Text className="nx-board__foot">扫码签到、一分钟入会 · 每 5 秒更新 · {formatDateTime(data.at)}</Text>
          </View>
        ) : null}
      </LoadState>
    </PageShell>
  );
}
