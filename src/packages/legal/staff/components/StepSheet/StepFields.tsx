import { Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { LawyerView } from '@core/contracts/legal-views';
import { legalNoteKindLabels, legalOutcomeLabels, type LegalNoteKind, type LegalOutcome } from '@core/enums/legal-case-terms';
import { FormField } from '../../../../../components/FormField';
import { ChoiceGroup } from '../../../components/ChoiceGroup';
import type { StaffStep, StepForm } from './step-form';

const noteOptions = (Object.keys(legalNoteKindLabels) as LegalNoteKind[]).map((value) => ({ value, label: legalNoteKindLabels[value] }));
const outcomeOptions = (Object.keys(legalOutcomeLabels) as LegalOutcome[]).map((value) => ({ value, label: legalOutcomeLabels[value] }));
/** Reasons given most when declining; one tap fills the box, which can still be edited. */
const quickReasons = ['不属于劳动争议，建议向有关部门咨询', '材料不足，请补充后重新申请', '已超过仲裁时效，建议咨询律师'];

export interface StepFieldsProps {
  step: StaffStep;
  form: StepForm;
  errors: Record<string, string>;
  lawyers: readonly LawyerView[];
  /** Who signs: the worker sees this, or the union and role when it is left blank. */
  signedAs: string;
  onChange: (patch: Partial<StepForm>) => void;
}

/** The fields one step needs, and nothing else. */
export function StepFields({ step, form, errors, lawyers, signedAs, onChange }: StepFieldsProps) {
  const text = (id: string, label: string, value: string, key: keyof StepForm, placeholder: string, max: number, hint?: string) => (
    <FormField id={`nx-step-${id}`} label={label} hint={hint} error={errors[id]}>
      <TextArea className={`nx-step-${id}`} value={value} maxLength={max} autoSize placeholder={placeholder} onChange={(next) => onChange({ [key]: next })} />
    </FormField>
  );
  const handlerValue = form.handler?.kind === 'lawyer' ? `lawyer:${form.handler.lawyerId}` : form.handler?.kind === 'self' ? 'self' : null;
  return (
    <View className="nx-step-fields">
      {step === 'accept' ? text('message', '给当事人的话（可不填）', form.message, 'message', '如：我们明天上午给你打电话', 200) : null}
      {step === 'decline' ? (
        <>
          <View className="nx-step-quick">
            {quickReasons.map((reason) => (
              <View key={reason} className={`nx-step-quick__item ${form.reason === reason ? 'nx-step-quick__item--on' : ''}`} onClick={() => onChange({ reason })}>
                {reason}
              </View>
            ))}
          </View>
          {text('reason', '不予受理的原因', form.reason, 'reason', '当事人会看到，请写明原因和可以去哪里求助', 200)}
        </>
      ) : null}
      {step === 'assign' ? (
        <>
          <FormField id="nx-step-handler" label="承办人" error={errors.handler ?? errors['handler.lawyerId']}>
            <ChoiceGroup
              idPrefix="nx-step-handler"
              columns={1}
              value={handlerValue}
              options={[{ value: 'self', label: '我来承办（本会法律服务）' }, ...lawyers.map((lawyer) => ({ value: `lawyer:${lawyer.id}`, label: `${lawyer.name}律师 · ${lawyer.firm}` }))]}
              onChange={(value) => onChange({ handler: value === 'self' ? { kind: 'self' } : { kind: 'lawyer', lawyerId: value.slice('lawyer:'.length) } })}
            />
          </FormField>
          {text('message', '给当事人的话（可不填）', form.message, 'message', '如：张律师会在两天内联系你', 200)}
        </>
      ) : null}
      {step === 'note' ? (
        <>
          <FormField id="nx-step-noteKind" label="记录什么" error={errors.noteKind}>
            <ChoiceGroup idPrefix="nx-step-note" columns={3} options={noteOptions} value={form.noteKind} onChange={(noteKind) => onChange({ noteKind })} />
          </FormField>
          {text('text', '内容（当事人会看到）', form.text, 'text', '如：约了站点负责人周三上午调解', 500)}
          <FormField id="nx-step-eventDate" label="日期（调解、开庭的日子，可不填）" error={errors.eventDate}>
            <Input className="nx-step-event-date" value={form.eventDate} maxLength={10} placeholder="如：2026-12-03" onChange={(eventDate) => onChange({ eventDate })} />
          </FormField>
        </>
      ) : null}
      {step === 'close' ? (
        <>
          <FormField id="nx-step-outcome" label="办结结果" error={errors.outcome}>
            <ChoiceGroup idPrefix="nx-step-outcome" columns={2} options={outcomeOptions} value={form.outcome} onChange={(outcome) => onChange({ outcome })} />
          </FormField>
          <FormField id="nx-step-amountRecovered" label="追回金额（元，可不填）" error={errors.amountRecovered}>
            <Input className="nx-step-amount" type="digit" value={form.amountRecovered} maxLength={9} placeholder="如：7200" onChange={(amountRecovered) => onChange({ amountRecovered })} />
          </FormField>
          {text('summary', '办结说明（可不填）', form.summary, 'summary', '如：站点当场支付了全部欠薪', 500)}
        </>
      ) : null}
      <FormField id="nx-step-signature" label="署名（可不填）" error={errors.signature}>
        <Input className="nx-step-signature" value={form.signature} maxLength={20} placeholder="如：小李" onChange={(signature) => onChange({ signature })} />
      </FormField>
      <Text className="nx-caption nx-step-signed-as">当事人看到的是：{signedAs}</Text>
    </View>
  );
}
