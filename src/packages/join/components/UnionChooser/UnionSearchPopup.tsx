import { Button, Loading, Popup, SearchBar } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import type { UnionListItem } from '@core/contracts/directory.contract';
import type { AppError } from '@core/result';
import { searchUnions } from '../../../../services/directory/search-unions';
import type { UnionChoice } from '../../join-draft';
import { UnionOption } from './UnionOption';

export interface UnionSearchPopupProps {
  visible: boolean;
  selectedId: string | null;
  onClose: () => void;
  onChoose: (union: UnionChoice) => void;
}

interface SearchState {
  items: UnionListItem[];
  nextCursor: string | null;
  loading: boolean;
  error: AppError | null;
}

const idle: SearchState = { items: [], nextCursor: null, loading: false, error: null };

/** All joinable unions, searchable by part of a name or an area, a page at a time. */
export function UnionSearchPopup({ visible, selectedId, onClose, onChoose }: UnionSearchPopupProps) {
  const [keyword, setKeyword] = useState('');
  const [state, setState] = useState<SearchState>(idle);
  const ticket = useRef(0);

  const load = async (word: string, cursor?: string) => {
    ticket.current += 1;
    const mine = ticket.current;
    setState((s) => ({ ...s, loading: true, error: null, ...(cursor ? {} : { items: [], nextCursor: null }) }));
    const result = await searchUnions(word.trim() || undefined, cursor);
    if (mine !== ticket.current) return;
    setState((s) =>
      result.ok
        ? { items: [...(cursor ? s.items : []), ...result.data.items], nextCursor: result.data.nextCursor, loading: false, error: null }
        : { ...s, loading: false, error: result.error },
    );
  };

  // Search as the worker types, after a short pause so each keystroke is not a call.
  useEffect(() => {
    if (!visible) return undefined;
    const timer = setTimeout(() => void load(keyword), keyword ? 350 : 0);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keyword, visible]);

  return (
    <Popup visible={visible} position="bottom" round closeable title="选择工会" className="nx-union-popup" onClose={onClose}>
      <View className="nx-union-popup__body">
        <SearchBar
          className="nx-union-search"
          value={keyword}
          placeholder="输入工会名称或地区，如：青山"
          onChange={(value) => setKeyword(value)}
          onSearch={(value) => void load(value)}
        />
        <View className="nx-union-popup__list">
          {state.items.map((union) => (
            <UnionOption
              key={union.id}
              union={union}
              selected={union.id === selectedId}
              onChoose={() => {
                onChoose(union);
                onClose();
              }}
            />
          ))}
          {state.loading ? (
            <View className="nx-loading nx-union-popup__loading">
              <Loading>正在查找…</Loading>
            </View>
          ) : null}
          {!state.loading && state.error ? (
            <View className="nx-union-popup__message">
              <Text className="nx-field-error">{state.error.message}</Text>
              <Button className="nx-union-search-retry" fill="outline" block onClick={() => void load(keyword)}>
                重试
              </Button>
            </View>
          ) : null}
          {!state.loading && !state.error && state.items.length === 0 ? (
            <Text className="nx-union-popup__message nx-muted">没有找到名字或地区里有“{keyword}”的工会，换个词试试。</Text>
          ) : null}
          {!state.loading && state.nextCursor ? (
            <Button className="nx-union-search-more" fill="outline" block onClick={() => void load(keyword, state.nextCursor ?? undefined)}>
              加载更多
            </Button>
          ) : null}
        </View>
      </View>
    </Popup>
  );
}
