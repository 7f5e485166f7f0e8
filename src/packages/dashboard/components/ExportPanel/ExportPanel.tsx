import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { exportKindLabels, type ExportKind } from '@core/contracts/stats.contract';
import { useSubmit } from '../../../../hooks/use-submit';
import { exportReport, type ExportInput } from '../../../../services/stats/export-report';

export interface ExportPanelProps {
  unionId: string | null;
  month: string;
  onMessage: (text: string, icon?: 'success' | 'fail') => void;
}

const kinds: ExportKind[] = ['monthly', 'members', 'drives'];

/** Hands the temporary link over: a download in the browser, an opened document in WeChat. */
const deliver = async (url: string, fileName: string) => {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.className = 'nx-export-link';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
};

/**
 * 导出: 月度报表, 会员名册 (ID and phone masked) and 活动台账 of the union shown, as .xlsx. Each export is
 * recorded in the audit log, as the note under the buttons says.
 */
export function ExportPanel({ unionId, month, onMessage }: ExportPanelProps) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  // One id per report asked for (kind, union and month): another union's report is another export.
  const exportOnce = useSubmit(
    (requestId, input: ExportInput) => exportReport(input, requestId),
    (input) => `${input.kind}:${input.unionId ?? ''}:${input.month ?? ''}`,
  );

  const run = async (kind: ExportKind) => {
    if (busy) return;
    setBusy(kind);
    const result = await exportOnce.submit({ kind, ...(unionId ? { unionId } : {}), ...(kind === 'monthly' ? { month } : {}) });
    setBusy(null);
    if (!result) return;
    if (!result.ok) return onMessage(result.error.message, 'fail');
    try {
      await deliver(result.data.url, result.data.fileName);
      onMessage(result.data.truncated ? `已导出${result.data.rows}行（太多了，请按工会分开导出）` : `已导出${result.data.rows}行`, 'success');
    } catch {
      onMessage('文件没有打开，请稍后再试', 'fail');
    }
  };

  return (
    <View className="nx-card nx-export">
      <Text className="nx-card__title">导出 Excel</Text>
      <View className="nx-export__buttons">
        {kinds.map((kind) => (
          <Button key={kind} className={`nx-export-${kind}`} size="large" block loading={busy === kind} onClick={() => void run(kind)}>
            {exportKindLabels[kind]}
          </Button>
        ))}
      </View>
      <Text className="nx-caption">身份证号和手机号只导出打星号的部分；每次导出都会留下记录。</Text>
    </View>
  );
}
