import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { driveKindLabels } from '@core/enums/drive-kind';
import { EmptyState } from '../../../components/EmptyState';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { fetchDrives } from '../../../services/drive/fetch-drives';
import { formatDateTime } from '../../../utils/format-time';
import { openPage, routes } from '../../../utils/navigate';
import './staff.scss';

/** 双覆盖活动: the drives of the staff member's unions, latest first, each with what it achieved. */
export default function StaffDrivesPage() {
  const drives = useQuery(() => fetchDrives(), { auto: false });
  useDidShow(() => {
    void drives.reload();
  });
  const items = drives.data?.items ?? [];

  return (
    <PageShell className="nx-drives">
      <Button className="nx-drives-create" type="primary" size="large" block onClick={() => openPage(routes.staffDriveCreate)}>
        新建活动
      </Button>
      <LoadState loading={drives.loading} error={drives.error} hasData={drives.data !== undefined} onRetry={() => void drives.reload()}>
        {items.length === 0 ? (
          <EmptyState mark="活" title="还没有活动" description="建一场集中入会活动，现场扫码就能签到、入会。" />
        ) : null}
        {items.map((drive) => (
          <View key={drive.id} id={`nx-drive-${drive.id}`} className="nx-card nx-drive-row" onClick={() => openPage(`${routes.staffDrive}?drive=${encodeURIComponent(drive.id)}`)}>
            <Text className="nx-drive-row__title">{drive.title}</Text>
            <Text className="nx-drive-row__line">{drive.kinds.map((kind) => driveKindLabels[kind]).join(' · ')}</Text>
            <Text className="nx-drive-row__line nx-muted">
              {formatDateTime(drive.startsAt)} · {drive.place}
            </Text>
            <View className="nx-drive-row__figures">
              <Text>签到 {drive.figures.signedIn}</Text>
              <Text>新会员 {drive.figures.approved}</Text>
              <Text>建会 {drive.figures.foundedUnions}</Text>
            </View>
          </View>
        ))}
      </LoadState>
    </PageShell>
  );
}
