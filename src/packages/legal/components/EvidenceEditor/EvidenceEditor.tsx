import { Button, Loading } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { UploadedEvidence } from '@core/contracts/legal-views';
import { formatFileSize, maxEvidencePerSubmission } from '@core/rules/evidence';
import type { EvidenceKind } from '../../evidence/pick-evidence';
import type { PendingUpload } from '../../evidence/use-evidence-uploads';
import './EvidenceEditor.scss';

export interface EvidenceEditorProps {
  uploaded: readonly UploadedEvidence[];
  pending: readonly PendingUpload[];
  onAdd: (kind: EvidenceKind) => void;
  onRemove?: (id: string) => void;
  onRetry: (key: string) => void;
  onDiscard: (key: string) => void;
  max?: number;
}

/** The evidence on its way into a request: what is uploaded, what is still going up, and two ways to add more. */
export function EvidenceEditor({ uploaded, pending, onAdd, onRemove, onRetry, onDiscard, max = maxEvidencePerSubmission }: EvidenceEditorProps) {
  const full = uploaded.length + pending.length >= max;
  return (
    <View className="nx-evidence-editor" id="nx-field-evidence">
      {uploaded.map((file) => (
        <View key={file.id} className="nx-evidence-item nx-evidence-item--done">
          <Text className="nx-evidence-item__mark">{file.contentType === 'application/pdf' ? 'PDF' : '图'}</Text>
          <View className="nx-evidence-item__body">
            <Text className="nx-evidence-item__name">{file.name}</Text>
            <Text className="nx-evidence-item__state">已上传 · {formatFileSize(file.size)}</Text>
          </View>
          {onRemove ? (
            <View className="nx-evidence-item__action nx-evidence-remove" onClick={() => onRemove(file.id)}>
              删除
            </View>
          ) : null}
        </View>
      ))}
      {pending.map((item) => (
        <View key={item.key} className={`nx-evidence-item nx-evidence-item--${item.state}`}>
          <Text className="nx-evidence-item__mark">{item.file.contentType === 'application/pdf' ? 'PDF' : '图'}</Text>
          <View className="nx-evidence-item__body">
            <Text className="nx-evidence-item__name">{item.name}</Text>
            {item.state === 'uploading' ? (
              <View className="nx-evidence-item__state">
                <Loading>正在上传…</Loading>
              </View>
            ) : (
              <Text className="nx-evidence-item__state nx-evidence-item__state--failed">{item.message ?? '没有上传成功'}</Text>
            )}
          </View>
          {item.state === 'failed' ? (
            <View className="nx-evidence-item__actions">
              <View className="nx-evidence-item__action nx-evidence-retry" onClick={() => onRetry(item.key)}>
                重试
              </View>
              <View className="nx-evidence-item__action" onClick={() => onDiscard(item.key)}>
                删除
              </View>
            </View>
          ) : null}
        </View>
      ))}
      <View className="nx-evidence-editor__buttons">
        <Button className="nx-evidence-add-photo" fill="outline" disabled={full} onClick={() => onAdd('photo')}>
          添加照片
        </Button>
        <Button className="nx-evidence-add-pdf" fill="outline" disabled={full} onClick={() => onAdd('pdf')}>
          添加PDF文件
        </Button>
      </View>
      <Text className="nx-caption nx-evidence-editor__hint">
        聊天记录、工资条、合同、病历的照片或PDF，每个不超过2MB，最多{max}个。选好就会上传，断网也不会丢。
      </Text>
    </View>
  );
}
