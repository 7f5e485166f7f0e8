import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { EmptyState } from '../../components/EmptyState';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { exportMyData } from '../../services/member/export-my-data';
import { formatDateTime } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import { DataTree } from './components/DataTree';
import { copyExport, saveExport } from './save-export';
import './my-data.scss';

const savedMessages = {
  downloaded: '已下载文件',
  shared: '已发送文件',
  copied: '已复制，可以粘贴保存',
  failed: '没有保存成功，请稍后再试',
} as const;

/**
 * 我的信息 (个人信息保护法 查阅、复制): everything the union stores about the worker, feature by feature,
 * their own ID number and phone in full — and the same as a file to keep. The way to delete it all.
 */
export default function MyDataPage() {
  const exported = useQuery(exportMyData, { auto: false });
  useDidShow(() => {
    void exported.reload();
  });
  const [toast, showToast] = useToast();
  const data = exported.data;
  const json = data ? JSON.stringify({ 导出时间: formatDateTime(data.generatedAt), 内容: Object.fromEntries(data.sections.map((s) => [s.label, s.data])) }, null, 2) : '';

  return (
    <PageShell className="nx-my-data">
      <LoadState loading={exported.loading} error={exported.error} hasData={data !== undefined} onRetry={() => void exported.reload()}>
        {data ? (
          <>
            <View className="nx-my-data__notice">
              <Text>这里是工会保存的关于你的全部信息，身份证号和手机号完整显示，只有你自己能看到。在别人面前打开时请注意。</Text>
              <Text className="nx-caption">导出时间 {formatDateTime(data.generatedAt)}</Text>
            </View>
            {data.sections.length === 0 ? (
              <EmptyState mark="空" title="工会没有保存你的任何信息" description="入会、领礼包、法律援助、体检和活动签到都没有记录。" />
            ) : null}
            {data.sections.map((section) => (
              <View key={section.key} className="nx-card nx-my-data__section" id={`nx-my-data-${section.key}`}>
                <Text className="nx-card__title">{section.label}</Text>
                <DataTree data={section.data} />
              </View>
            ))}
            <View className="nx-my-data__actions nx-stack">
              {data.sections.length > 0 ? (
                <>
                  <Button className="nx-my-data-save" type="primary" size="large" block onClick={() => void saveExport(json).then((how) => showToast(savedMessages[how]))}>
                    {process.env.TARO_ENV === 'h5' ? '下载文件（JSON）' : '保存为文件（JSON）'}
                  </Button>
                  <Button className="nx-my-data-copy" size="large" block onClick={() => void copyExport(json).then((how) => showToast(savedMessages[how]))}>
                    复制全部内容
                  </Button>
                </>
              ) : null}
              <Button className="nx-my-data-delete" fill="outline" size="large" block onClick={() => openPage(routes.deleteMyData)}>
                删除我的信息
              </Button>
            </View>
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}
