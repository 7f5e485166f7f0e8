import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ReviewInputSchema } from '@core/contracts/member.contract';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import './RejectDialog.scss';

export interface RejectDialogProps {
  /** Whose application; null hides the dialog. */
  target: { id: string; name: string } | null;
  onCancel: () => void;
  /** Resolves true once the rejection is done; false keeps the dialog open (e.g. a failed call). */
  onConfirm: (reason: string) => Promise<boolean>;
}

/** Reasons reviewers give most; one tap fills the box, which can still be edited. */
export const quickReasons = ['信息不完整', '不属于本工会服务范围', '姓名与身份证号不符'] as const;

/** 驳回 needs a reason the worker can act on: quick picks plus free text, checked by @core's ReviewInputSchema. */
export function RejectDialog({ target, onCancel, onConfirm }: RejectDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setReason('');
    setError(null);
  }, [target?.id]);

  const confirm = async () => {
    if (!target) return;
    const checked = ReviewInputSchema.safeParse(
      { memberId: target.id, decision: 'reject', reason },
      { errorMap: chineseErrorMap },
    );
    if (!checked.success) {
      setError(fieldErrorsOf(checked.error).reason ?? '请写明驳回原因');
      // NutUI's Dialog closes itself after onConfirm resolves; a rejection is how it stays open.
      throw new Error('reason required');
    }
    if (!(await onConfirm(checked.data.reason ?? reason))) throw new Error('not rejected');
  };

  return (
    <Dialog
      className="nx-reject-dialog"
      visible={target !== null}
      title={target ? `驳回${target.name}的申请` : ''}
      confirmText="确认驳回"
      cancelText="取消"
      closeOnOverlayClick={false}
      onCancel={onCancel}
      onClose={onCancel}
      onConfirm={confirm}
    >
      <View className="nx-reject">
        <Text className="nx-reject__hint">会员会看到这个原因，请写清楚怎么改。</Text>
        <View className="nx-reject__reasons">
          {quickReasons.map((quick) => (
            <View
              key={quick}
              className={`nx-reject-reason ${reason === quick ? 'nx-reject-reason--selected' : ''}`}
              onClick={() => {
                setReason(quick);
                setError(null);
              }}
            >
              {quick}
            </View>
          ))}
        </View>
        <TextArea
          className="nx-reject-text"
          value={reason}
          maxLength={200}
          placeholder="也可以自己写原因"
          onChange={(value) => {
            setReason(value);
            setError(null);
          }}
        />
        {error ? <Text className="nx-field-error nx-reject-error">{error}</Text> : null}
      </View>
    </Dialog>
  );
}
