import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './FormField.scss';

export interface FormFieldProps {
  /** Anchor for scrolling to the first error and for tests: `nx-field-<name>`. */
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}

/** A labelled form row with its problem, in words, right under the input. */
export function FormField({ id, label, optional = false, hint, error, children }: FormFieldProps) {
  return (
    <View id={id} className={`nx-field ${error ? 'nx-field--error' : ''}`}>
      <View className="nx-field__label">
        <Text>{label}</Text>
        {optional ? <Text className="nx-field__optional">（可不填）</Text> : null}
      </View>
      {hint ? <Text className="nx-field__hint">{hint}</Text> : null}
      {children}
      {error ? <Text className="nx-field-error">{error}</Text> : null}
    </View>
  );
}
