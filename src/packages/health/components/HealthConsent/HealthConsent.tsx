import { Checkbox } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { healthConsentLabel, healthNoticeSummary, healthNoticeVersion } from '@core/health-privacy';
import { NoticeSummary } from '../../../../components/NoticeSummary';
import './HealthConsent.scss';

export interface HealthConsentProps {
  agreed: boolean;
  onAgree: (agreed: boolean) => void;
  /** Only for a woman booking a package with an X-ray. */
  asksPregnancy: boolean;
  mayBePregnant: boolean | null;
  onAnswer: (mayBePregnant: boolean) => void;
  errors: Record<string, string>;
}

/**
 * 体检须知 and its own consent (PIPL: health information is sensitive), and the one health question —
 * only when the check needs the answer.
 */
export function HealthConsent({ agreed, onAgree, asksPregnancy, mayBePregnant, onAnswer, errors }: HealthConsentProps) {
  const consentError = errors['consent.health'] ?? errors['consent.version'];
  return (
    <View className="nx-hconsent">
      {asksPregnancy ? (
        <View id="nx-field-mayBePregnant" className={`nx-hconsent__question ${errors.mayBePregnant ? 'nx-hconsent__question--error' : ''}`}>
          <Text className="nx-hconsent__ask">你现在是否怀孕，或者可能怀孕？</Text>
          <Text className="nx-hconsent__why">套餐里有胸部DR（X光）。如果可能怀孕，这一项不做，其他照常检查。</Text>
          <View className="nx-hconsent__answers">
            {([true, false] as const).map((answer) => (
              <View
                key={String(answer)}
                id={`nx-pregnant-${answer ? 'yes' : 'no'}`}
                className={`nx-hconsent__answer ${mayBePregnant === answer ? 'nx-hconsent__answer--selected' : ''}`}
                onClick={() => onAnswer(answer)}
              >
                <Text>{answer ? '是，或者可能' : '不是'}</Text>
              </View>
            ))}
          </View>
          {errors.mayBePregnant ? <Text className="nx-field-error">{errors.mayBePregnant}</Text> : null}
        </View>
      ) : null}
      <NoticeSummary lines={healthNoticeSummary} versionLabel={`体检须知版本 ${healthNoticeVersion}`} />
      <View id="nx-field-consent-health" className={`nx-hconsent__item ${consentError ? 'nx-hconsent__item--error' : ''}`}>
        <Checkbox className="nx-health-consent" checked={agreed} onChange={onAgree} label={healthConsentLabel} />
        {consentError ? <Text className="nx-field-error">{consentError}</Text> : null}
      </View>
    </View>
  );
}
