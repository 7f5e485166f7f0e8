import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '../../components/PageShell';
import { useSubmit } from '../../hooks/use-submit';
import { useToast } from '../../hooks/use-toast';
import { renewConsent } from '../../services/member/renew-consent';
import { openPage, routes } from '../../utils/navigate';
import { ConsentBlock } from '../join/components/ConsentBlock';
import './consent.scss';

/**
 * 隐私说明更新: the notice changed since the worker agreed, so they read it again and agree before
 * anything new is collected (the server refuses new collection until then). Both consents again,
 * separately, as when joining.
 */
export default function RenewConsentPage() {
  const [toast, showToast] = useToast();
  const [privacy, setPrivacy] = useState(false);
  const [sensitive, setSensitive] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const renew = useSubmit((requestId) => renewConsent(requestId));

  const agree = async () => {
    const missing = {
      ...(privacy ? {} : { privacy: '请阅读并同意隐私说明' }),
      ...(sensitive ? {} : { sensitive: '请同意工会处理你的身份证号' }),
    };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const result = await renew.submit();
    if (!result) return;
    if (!result.ok) return showToast(result.error.message, 'fail');
    showToast('已更新，谢谢', 'success');
    // Back where the worker came from; from a link with no page under it, to 我的.
    Taro.navigateBack().catch(() => openPage(routes.me));
  };

  return (
    <PageShell className="nx-renew-consent">
      <View className="nx-card">
        <Text className="nx-card__title">隐私说明更新了</Text>
        <Text className="nx-renew-consent__text">请重新看一遍。同意之前，工会不会收集你的新信息；已有的会员身份不受影响。</Text>
        <ConsentBlock
          privacy={privacy}
          sensitive={sensitive}
          privacyError={errors.privacy}
          sensitiveError={errors.sensitive}
          onPrivacyChange={(checked) => {
            setPrivacy(checked);
            setErrors((e) => ({ ...e, privacy: '' }));
          }}
          onSensitiveChange={(checked) => {
            setSensitive(checked);
            setErrors((e) => ({ ...e, sensitive: '' }));
          }}
        />
        <Button className="nx-renew-consent-submit" type="primary" size="large" block loading={renew.busy} onClick={() => void agree()}>
          同意并继续
        </Button>
      </View>
      {toast}
    </PageShell>
  );
}
