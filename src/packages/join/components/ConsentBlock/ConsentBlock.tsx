import { Checkbox } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { privacyNoticeSummary, privacyNoticeVersion, sensitiveDataNotice } from '@core/privacy';
import { NoticeSummary } from '../../../../components/NoticeSummary';
import './ConsentBlock.scss';

export interface ConsentBlockProps {
  privacy: boolean;
  sensitive: boolean;
  onPrivacyChange: (checked: boolean) => void;
  onSensitiveChange: (checked: boolean) => void;
  privacyError?: string | null;
  sensitiveError?: string | null;
}

/**
 * The privacy notice in short, with its version, and two separate consents: PIPL asks for a
 * separate one before sensitive personal data (the ID number) is processed.
 */
export function ConsentBlock({ privacy, sensitive, onPrivacyChange, onSensitiveChange, privacyError, sensitiveError }: ConsentBlockProps) {
  return (
    <View className="nx-consent" id="nx-field-consent">
      <NoticeSummary lines={privacyNoticeSummary} versionLabel={`隐私说明版本 ${privacyNoticeVersion}`} />
      <View id="nx-field-consent-privacy" className={`nx-consent__item ${privacyError ? 'nx-consent__item--error' : ''}`}>
        <Checkbox className="nx-consent-privacy" checked={privacy} onChange={onPrivacyChange} label="我已阅读并同意上面的隐私说明" />
        {privacyError ? <Text className="nx-field-error">{privacyError}</Text> : null}
      </View>
      <View id="nx-field-consent-sensitive" className={`nx-consent__item ${sensitiveError ? 'nx-consent__item--error' : ''}`}>
        <Checkbox
          className="nx-consent-sensitive"
          checked={sensitive}
          onChange={onSensitiveChange}
          label="我同意工会处理我的身份证号"
        />
        <Text className="nx-consent__why">{sensitiveDataNotice}</Text>
        {sensitiveError ? <Text className="nx-field-error">{sensitiveError}</Text> : null}
      </View>
    </View>
  );
}
