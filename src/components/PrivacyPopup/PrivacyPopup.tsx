import { Button, Popup } from '@nutui/nutui-react-taro';
import { Button as NativeButton, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import './PrivacyPopup.scss';

type Resolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;

const agreeButtonId = 'nx-privacy-agree';

/**
 * WeChat's privacy flow (`__usePrivacyCheck__`): before the first getLocation it asks the mini-program
 * to explain what it collects and why; the location call waits until the worker answers here. Agreeing
 * goes through WeChat's own `agreePrivacyAuthorization` button, as the platform requires. H5 has no
 * such flow (the browser asks), so this renders nothing there.
 */
export interface PrivacyPopupProps {
  /** Why the position is needed and what becomes of it, in the worker's words. */
  purpose?: string;
  /** What still works after 不同意. */
  fallback?: string;
}

const stationDefaults: Required<PrivacyPopupProps> = {
  purpose: '为了把离你最近的驿站排在前面、算出有多远，暖新需要使用你的位置。位置只在这一次用来排序，不会保存，也不会告诉任何人。',
  fallback: '不同意也没关系，驿站会按名称列出。',
};

export function PrivacyPopup({ purpose = stationDefaults.purpose, fallback = stationDefaults.fallback }: PrivacyPopupProps) {
  const [visible, setVisible] = useState(false);
  const pending = useRef<Resolve | null>(null);

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pending.current = resolve as Resolve;
      setVisible(true);
      pending.current({ event: 'exposureAuthorization' });
    });
  }, []);

  const answer = (option: Parameters<Resolve>[0]) => {
    pending.current?.(option);
    pending.current = null;
    setVisible(false);
  };

  if (process.env.TARO_ENV !== 'weapp') return null;
  return (
    <Popup visible={visible} position="bottom" round closeOnOverlayClick={false} className="nx-privacy-popup" onClose={() => answer({ event: 'disagree' })}>
      <View className="nx-privacy-popup__body">
        <Text className="nx-privacy-popup__title">使用你的位置</Text>
        <Text className="nx-privacy-popup__text">{purpose}</Text>
        <Text className="nx-privacy-popup__text">{fallback}</Text>
        <NativeButton id={agreeButtonId} className="nx-privacy-popup__agree" openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={() => answer({ event: 'agree', buttonId: agreeButtonId })}>
          同意并继续
        </NativeButton>
        <Button block size="large" className="nx-privacy-popup__decline" onClick={() => answer({ event: 'disagree' })}>
          不同意
        </Button>
      </View>
    </Popup>
  );
}
