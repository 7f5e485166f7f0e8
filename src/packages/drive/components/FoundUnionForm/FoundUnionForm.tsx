import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FoundUnionInputSchema, type DriveDetail } from '@core/contracts/drive.contract';
import { occupationLabels, occupations, type Occupation } from '@core/enums/occupation';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { foundUnion } from '../../../../services/drive/found-union';
import { newRequestId } from '../../../../services/request-id';
import { formatDate } from '../../../../utils/format-time';

export interface FoundUnionFormProps {
  drive: DriveDetail;
  onFounded: (name: string) => void;
  onFailed: (text: string) => void;
}

/**
 * 建会: the unions founded at this drive, and a short form to record one more — its name, the union
 * above it (only those the staff member serves), the group it organizes and its area.
 */
export function FoundUnionForm({ drive, onFounded, onFailed }: FoundUnionFormProps) {
  const [name, setName] = useState('');
  const [area, setArea] = useState('');
  const [parentId, setParentId] = useState(drive.foundingParents[0]?.id ?? '');
  const [occupation, setOccupation] = useState<Occupation | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [requestId, setRequestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const input = { driveId: drive.id, name, parentId, mainOccupation: occupation, area };
    const checked = FoundUnionInputSchema.safeParse(input, { errorMap: chineseErrorMap });
    if (!checked.success) return setErrors(fieldErrorsOf(checked.error));
    setSaving(true);
    const result = await foundUnion(input, requestId);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      if (result.error.code !== 'INTERNAL') setRequestId(newRequestId());
      return onFailed(result.error.message);
    }
    setName('');
    setArea('');
    setRequestId(newRequestId());
    onFounded(result.data.union.name);
  };

  return (
    <View className="nx-card nx-found">
      <Text className="nx-card__title">现场建会（{drive.foundedUnions.length}）</Text>
      {drive.foundedUnions.map((union) => (
        <Text key={union.id} className="nx-drive-row__line nx-founded">
          {union.name} · {formatDate(union.foundedAt)}成立
        </Text>
      ))}
      {drive.foundingParents.length === 0 ? (
        <Text className="nx-muted">新工会要建在街道、行业或区总工会下面，请上级工会的工作人员登记。</Text>
      ) : (
        <>
          <View className="nx-form-row">
            <Text className="nx-form-row__label">新工会名称</Text>
            <Input className="nx-found-name" value={name} maxLength={40} placeholder="如：长青街道快递员联合工会" onChange={setName} />
            {errors.name ? <Text className="nx-form-error">{errors.name}</Text> : null}
          </View>
          <View className="nx-form-row">
            <Text className="nx-form-row__label">上级工会</Text>
            <View className="nx-drive-chips">
              {drive.foundingParents.map((parent) => (
                <View key={parent.id} id={`nx-found-parent-${parent.id}`} className={`nx-drive-chip ${parent.id === parentId ? 'nx-drive-chip--on' : ''}`} onClick={() => setParentId(parent.id)}>
                  <Text>{parent.name}</Text>
                </View>
              ))}
            </View>
            {errors.parentId ? <Text className="nx-form-error">{errors.parentId}</Text> : null}
          </View>
          <View className="nx-form-row">
            <Text className="nx-form-row__label">主要组织哪类劳动者（可不选）</Text>
            <View className="nx-drive-chips">
              {occupations.map((key) => (
                <View key={key} className={`nx-drive-chip ${key === occupation ? 'nx-drive-chip--on' : ''}`} onClick={() => setOccupation(key === occupation ? null : key)}>
                  <Text>{occupationLabels[key]}</Text>
                </View>
              ))}
            </View>
          </View>
          <View className="nx-form-row">
            <Text className="nx-form-row__label">所在区域</Text>
            <Input className="nx-found-area" value={area} maxLength={40} placeholder="如：青山区长青街道" onChange={setArea} />
            {errors.area ? <Text className="nx-form-error">{errors.area}</Text> : null}
          </View>
          <Button className="nx-found-submit" size="large" block loading={saving} onClick={() => void submit()}>
            登记新建工会
          </Button>
        </>
      )}
    </View>
  );
}
