import { Dialog, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import './ReasonDialog.scss';

export interface ReasonDialogProps {
  /** Null hides the dialog; a new key starts it afresh. */
  open: { key: string; title: string } | null;
  /** Who will read the reason, and what helps them. */
  hint: string;
  quickReasons: readonly string[];
  confirmText: string;
  /** What to say when the reason is too short. */
  required: string;
  placeholder?: string;
  onCancel: () => void;
  /** Resolves true once done; false keeps the dialog open (a failed call). */
  onConfirm: (reason: string) => Promise<boolean>;
}

/**
 * A staff decision that needs a reason someone will read — rejecting an application, not receiving a
 * transfer, deciding whose a phone number is: quick picks plus free text, at least two characters (as
 * each of those contracts asks).
 */
export function ReasonDialog({ open, hint, quickReasons, confirmText, required, placeholder = '也可以自己写', onCancel, onConfirm }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setReason('');
    setError(null);
  }, [open?.key]);

  const confirm = async () => {
    const text = reason.trim();
    if (text.length < 2) {
      setError(required);
      // NutUI's Dialog closes itself after onConfirm resolves; a rejection is how it stays open.
      throw new Error('reason required');
    }
    if (!(await onConfirm(text))) throw new Error('not done');
  };

  return (
    <Dialog
      className="nx-reason-dialog"
      visible={open !== null}
      title={open?.title ?? ''}
      confirmText={confirmText}
      cancelText="取消"
      closeOnOverlayClick={false}
      onCancel={onCancel}
      onClose={onCancel}
      onConfirm={confirm}
    >
      <View className="nx-reason">
        <Text className="nx-reason__hint">{hint}</Text>
        <View className="nx-reason__quick">
          {quickReasons.map((quick) => (
            <View
              key={quick}
              className={`nx-reason-quick ${reason === quick ? 'nx-reason-quick--selected' : ''}`}
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
          className="nx-reason-text"
          value={reason}
          maxLength={200}
          placeholder={placeholder}
          onChange={(value) => {
            setReason(value);
            setError(null);
          }}
        />
        {error ? <Text className="nx-field-error nx-reason-error">{error}</Text> : null}
      </View>
    </Dialog>
  );
}
