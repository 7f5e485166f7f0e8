import { Input } from '@nutui/nutui-react-taro';
import { useState } from 'react';
import { idNumberProblem, idNumberProblemMessages, normalizeIdNumber } from '@core/rules/id-number';
import { FormField } from '../../../../components/FormField';

export interface IdNumberFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** A problem found on submit or by the server; replaces the as-you-type check until the next edit. */
  error?: string | null;
}

/**
 * 身份证号 with the GB 11643 check from @core as you type: silent while the number is incomplete,
 * then the exact problem once 18 characters are in or the field is left.
 */
export function IdNumberField({ value, onChange, error }: IdNumberFieldProps) {
  const [left, setLeft] = useState(false);
  const id = normalizeIdNumber(value);
  const problem = id.length > 0 && (id.length >= 18 || left) ? idNumberProblem(id) : null;
  const shown = error ?? (problem ? idNumberProblemMessages[problem] : null);
  return (
    <FormField id="nx-field-idNumber" label="身份证号" error={shown}>
      <Input
        className="nx-join-id-number"
        type="idcard"
        value={value}
        maxLength={18}
        placeholder="18位，最后一位可能是X"
        clearable
        onChange={(next) => {
          setLeft(false);
          onChange(next.toUpperCase());
        }}
        onBlur={() => setLeft(true)}
      />
    </FormField>
  );
}
