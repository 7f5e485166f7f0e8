import { Button, Popup } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TransitionInput } from '@core/contracts/legal-inputs';
import type { LawyerView } from '@core/contracts/legal-views';
import type { LegalCaseStatus } from '@core/enums/legal-case-status';
import { useSubmit } from '../../../../../hooks/use-submit';
import { stepCase } from '../../../../../services/legal/step-case';
import { StepFields } from './StepFields';
import { checkStepForm, emptyStepForm, rememberSignature, type StaffStep, type StepForm } from './step-form';
import './StepSheet.scss';

export const stepTitles: Record<StaffStep, string> = {
  accept: '受理',
  decline: '不予受理',
  assign: '指派承办人',
  note: '记录进展',
  close: '办结',
};

export interface StepSheetProps {
  caseId: string;
  /** The step to take; null hides the sheet. */
  step: StaffStep | null;
  lawyers: readonly LawyerView[];
  /** How the worker sees the caller: by union and role, or by the name they sign with. */
  signing: { unionName: string; unsigned: string };
  onClose: () => void;
  onDone: (status: LegalCaseStatus, step: StaffStep) => void;
  onFailed: (message: string) => void;
}

/** One step on a case, checked by @core's schema before it is sent; a retried tap takes the step once. */
export function StepSheet({ caseId, step, lawyers, signing, onClose, onDone, onFailed }: StepSheetProps) {
  const [form, setForm] = useState<StepForm>(emptyStepForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // One id per step on this case, kept when the sheet is closed and opened again after a lost connection.
  const take = useSubmit((requestId, input: TransitionInput) => stepCase(input, requestId), (input) => `${input.caseId}:${input.step}`);

  useEffect(() => {
    setForm(emptyStepForm());
    setErrors({});
  }, [step]);

  const change = (patch: Partial<StepForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch)) delete next[key];
      if ('handler' in patch) delete next['handler.lawyerId'];
      return next;
    });
  };

  const confirm = async () => {
    if (!step) return;
    const check = checkStepForm(step, caseId, form);
    if (!check.ok) return setErrors(check.fields);
    const result = await take.submit(check.input);
    if (!result) return;
    if (result.ok) {
      rememberSignature(form.signature);
      return onDone(result.data.status, step);
    }
    if (result.error.fields) setErrors(result.error.fields);
    onFailed(result.error.message);
  };

  return (
    <Popup visible={step !== null} position="bottom" round closeable title={step ? stepTitles[step] : ''} className="nx-step-sheet" onClose={onClose}>
      {step ? (
        <View className={`nx-step nx-step--${step}`}>
          <StepFields
            step={step}
            form={form}
            errors={errors}
            lawyers={lawyers}
            signedAs={form.signature.trim() ? `${form.signature.trim()}（${signing.unionName}）` : signing.unsigned}
            onChange={change}
          />
          <Button className="nx-step-confirm" type="primary" size="large" block loading={take.busy} onClick={() => void confirm()}>
            确认{stepTitles[step]}
          </Button>
        </View>
      ) : null}
    </Popup>
  );
}
