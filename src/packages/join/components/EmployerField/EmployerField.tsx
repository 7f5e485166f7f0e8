import { Input } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { commonPlatforms } from '@core/enums/occupation';
import { FormField } from '../../../../components/FormField';
import '../choice.scss';
import './EmployerField.scss';

export interface EmployerFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}

/** 平台或单位, optional: one tap on a common platform, or type any other name. */
export function EmployerField({ value, onChange, error }: EmployerFieldProps) {
  return (
    <FormField id="nx-field-employer" label="平台或单位" optional error={error}>
      <View className="nx-platforms">
        {commonPlatforms.map((platform) => {
          const selected = value === platform;
          return (
            <View
              key={platform}
              className={`nx-choice nx-platform ${selected ? 'nx-choice--selected' : ''}`}
              onClick={() => onChange(selected ? '' : platform)}
            >
              {platform}
            </View>
          );
        })}
      </View>
      <Input
        className="nx-join-employer"
        value={value}
        maxLength={40}
        placeholder="其他平台或单位，可不填"
        clearable
        onChange={onChange}
      />
    </FormField>
  );
}
