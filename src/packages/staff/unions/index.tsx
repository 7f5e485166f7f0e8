import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { unionLevelLabels, type AdminUnion } from '@core/contracts/staff-admin.schemas';
import { FormField } from '../../../components/FormField';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { listStaff } from '../../../services/directory/list-staff';
import { saveUnion } from '../../../services/directory/save-union';
import '../people/index.scss';

type ChildLevel = 'street' | 'industry' | 'grassroots';
const childLevelsOf: Record<AdminUnion['level'], ChildLevel[]> = { district: ['street', 'industry', 'grassroots'], street: ['grassroots'], industry: ['grassroots'], grassroots: [] };

interface Draft {
  /** The union renamed, or the parent of a new one. */
  union: AdminUnion;
  rename: boolean;
  name: string;
  level: ChildLevel;
  area: string;
}

/** 工会管理: the unions the admin manages, in tree order; add one under a union, or rename one (never move). */
export default function StaffUnionsPage() {
  const [toast, showToast] = useToast();
  const unions = useQuery(() => listStaff());
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSubmit(
    (requestId, d: Draft) =>
      saveUnion(d.rename ? { id: d.union.id, name: d.name.trim() } : { parentId: d.union.id, name: d.name.trim(), level: d.level, area: d.area.trim() }, requestId),
    (d) => `${d.union.id}:${d.rename}:${d.name.trim()}`,
  );
  const update = (patch: Partial<Draft>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  const submit = async () => {
    if (!draft) return;
    const result = await save.submit(draft);
    if (!result) return;
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return showToast(result.error.message, 'fail');
    }
    showToast(draft.rename ? '已改名' : '已新建', 'success');
    setDraft(null);
    await unions.reload();
  };

  return (
    <PageShell className="nx-people">
      <LoadState loading={unions.loading} error={unions.error} hasData={!!unions.data} onRetry={() => void unions.reload()}>
        {draft ? (
          <View className="nx-card nx-union-form">
            <Text className="nx-card__title">{draft.rename ? `给「${draft.union.name}」改名` : `在「${draft.union.name}」下新建工会`}</Text>
            <FormField id="nx-field-name" label="工会名称" error={errors.name}>
              <Input className="nx-union-name" value={draft.name} maxLength={40} placeholder="如 长青同城配送工会" onChange={(name) => update({ name })} />
            </FormField>
            {draft.rename ? null : (
              <>
                <FormField id="nx-field-level" label="工会类型" error={errors.level}>
                  <View className="nx-people-chips nx-people-chips--row">
                    {childLevelsOf[draft.union.level].map((level) => (
                      <View key={level} id={`nx-union-level-${level}`} className={`nx-people-chip ${draft.level === level ? 'nx-people-chip--on' : ''}`} onClick={() => update({ level })}>
                        <Text>{unionLevelLabels[level]}</Text>
                      </View>
                    ))}
                  </View>
                </FormField>
                <FormField id="nx-field-area" label="所在区域" error={errors.area}>
                  <Input className="nx-union-area" value={draft.area} maxLength={40} placeholder="如 青山区长青街道" onChange={(area) => update({ area })} />
                </FormField>
              </>
            )}
            <Button className="nx-union-save" type="primary" size="large" block loading={save.busy} onClick={() => void submit()}>
              保存
            </Button>
            <Button fill="none" block onClick={() => setDraft(null)}>
              不改了
            </Button>
          </View>
        ) : null}
        <Text className="nx-muted">工会不能改到别的上级工会下面。</Text>
        {(unions.data?.unions ?? []).map((union) => (
          <View key={union.id} id={`nx-union-${union.id}`} className="nx-card nx-people-row">
            <Text className="nx-people-row__name">{`${'　'.repeat(union.depth)}${union.name}`}</Text>
            <Text className="nx-people-row__line">{unionLevelLabels[union.level]}</Text>
            <View className="nx-people-chips nx-people-chips--row">
              {childLevelsOf[union.level].length > 0 ? (
                <Button className="nx-union-add" fill="outline" onClick={() => { setErrors({}); setDraft({ union, rename: false, name: '', level: childLevelsOf[union.level][0], area: '' }); }}>
                  加下级工会
                </Button>
              ) : null}
              <Button className="nx-union-rename" fill="outline" onClick={() => { setErrors({}); setDraft({ union, rename: true, name: union.name, level: 'grassroots', area: '' }); }}>
                改名
              </Button>
            </View>
          </View>
        ))}
      </LoadState>
      {toast}
    </PageShell>
  );
}
