import { Button, Loading } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { Occupation } from '@core/enums/occupation-labels';
import { useQuery } from '../../../../hooks/use-query';
import { searchUnions } from '../../../../services/directory/search-unions';
import { suggestUnions } from '../../../../services/directory/suggest-unions';
import type { UnionChoice } from '../../join-draft';
import { FormField } from '../../../../components/FormField';
import { UnionOption } from './UnionOption';
import { UnionSearchPopup } from './UnionSearchPopup';
import '../choice.scss';
import './UnionChooser.scss';

export interface UnionChooserProps {
  value: UnionChoice | null;
  /** The worker's occupation group, once chosen: unions organizing it are suggested first. */
  occupation: Occupation | null;
  onChange: (union: UnionChoice) => void;
  error?: string | null;
  /** Defaults to the join form's wording; the transfer form asks 转到哪个工会. */
  label?: string;
  hint?: string;
  /** A union not to offer (the one a member transferring is already in). */
  excludeId?: string;
}

const suggestionCount = 4;

/**
 * 加入哪个工会: a few suggestions to tap — the unions of the worker's occupation group once it is
 * chosen — with the chosen one kept on top, and a search for the rest.
 */
export function UnionChooser({ value, occupation, onChange, error, label = '加入哪个工会', hint = '选你工作所在地的工会', excludeId }: UnionChooserProps) {
  const suggestions = useQuery(() => (occupation ? suggestUnions(occupation) : searchUnions()), { auto: false });
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    void suggestions.reload();
    // `reload` is stable; a new occupation means new suggestions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [occupation]);

  const listed: UnionChoice[] = (suggestions.data?.items ?? []).filter((union) => union.id !== excludeId).slice(0, suggestionCount);
  const options = value && !listed.some((union) => union.id === value.id) ? [value, ...listed.slice(0, suggestionCount - 1)] : listed;

  return (
    <FormField id="nx-field-unionId" label={label} hint={hint} error={error}>
      <View className="nx-unions">
        {options.map((union) => (
          <UnionOption key={union.id} union={union} selected={union.id === value?.id} onChoose={() => onChange(union)} />
        ))}
        {suggestions.loading ? (
          <View className="nx-unions__loading">
            <Loading>正在加载工会…</Loading>
          </View>
        ) : null}
        {!suggestions.loading && suggestions.error && options.length === 0 ? (
          <View className="nx-unions__error">
            <Text className="nx-muted">{suggestions.error.message}</Text>
            <Button className="nx-union-retry" fill="outline" block onClick={() => void suggestions.reload()}>
              重试
            </Button>
          </View>
        ) : null}
      </View>
      <Button className="nx-union-search-open" fill="outline" block onClick={() => setSearching(true)}>
        搜索其他工会
      </Button>
      <UnionSearchPopup
        visible={searching}
        selectedId={value?.id ?? null}
        onClose={() => setSearching(false)}
        onChoose={(union) => (union.id === excludeId ? setSearching(false) : onChange(union))}
      />
    </FormField>
  );
}
