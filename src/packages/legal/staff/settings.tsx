import { Button, Input, Switch } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { LawyerView, LegalSettingsView } from '@core/contracts/legal-views';
import { FormField } from '../../../components/FormField';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { fetchLawyers } from '../../../services/legal/fetch-lawyers';
import { fetchLegalSettings } from '../../../services/legal/fetch-legal-settings';
import { saveLawyer } from '../../../services/legal/save-lawyer';
import { saveLegalSettings } from '../../../services/legal/save-legal-settings';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { newRequestId } from '../../../services/request-id';
import { ChoiceGroup } from '../components/ChoiceGroup';
import './settings.scss';

const dayOptions = [1, 2, 3, 5, 7, 10].map((days) => ({ value: String(days), label: `${days}个工作日` }));
const sourceWords: Record<LegalSettingsView['source'], string> = { own: '本会设置', inherited: '沿用上级', default: '默认' };

/** 法律援助设置 (admins): how fast each of their unions answers a request, and the partner lawyers cases can go to. */
export default function LegalSettingsPage() {
  const [toast, showToast] = useToast();
  const me = useQuery(fetchMyMembership, { auto: false });
  const lawyers = useQuery(() => fetchLawyers(), { auto: false });
  useDidShow(() => {
    void me.reload();
    void lawyers.reload();
  });
  const adminUnions = (me.data?.staff ?? []).filter((grant) => grant.roles.includes('admin')).map((grant) => grant.union);

  return (
    <PageShell className="nx-lsettings">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        {me.data && adminUnions.length === 0 ? <Text className="nx-muted">只有工会管理员可以修改这些设置。</Text> : null}
        {adminUnions.map((union) => (
          <AnswerDays key={union.id} unionId={union.id} onMessage={showToast} />
        ))}
        {adminUnions.length > 0 ? (
          <View className="nx-card">
            <Text className="nx-card__title">合作律师</Text>
            <LoadState loading={lawyers.loading} error={lawyers.error} hasData={lawyers.data !== undefined} onRetry={() => void lawyers.reload()}>
              {(lawyers.data?.items ?? []).length === 0 ? <Text className="nx-muted">还没有登记合作律师。</Text> : null}
              {(lawyers.data?.items ?? []).map((lawyer) => (
                <LawyerRow key={lawyer.id} lawyer={lawyer} onChanged={() => lawyers.reload()} onMessage={showToast} />
              ))}
            </LoadState>
            <NewLawyer unions={adminUnions} onSaved={() => lawyers.reload()} onMessage={showToast} />
          </View>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}

type Message = (text: string, icon?: 'success' | 'fail') => void;

function AnswerDays({ unionId, onMessage }: { unionId: string; onMessage: Message }) {
  const settings = useQuery(() => fetchLegalSettings(unionId));
  const save = async (days: number) => {
    const result = await saveLegalSettings(unionId, days, newRequestId());
    if (!result.ok) return onMessage(result.error.message, 'fail');
    await settings.reload();
    onMessage(`已改为${days}个工作日内答复`, 'success');
  };
  const view = settings.data;
  return (
    <View className="nx-card nx-lsettings-days">
      <LoadState loading={settings.loading} error={settings.error} hasData={view !== undefined} onRetry={() => void settings.reload()}>
        {view ? (
          <>
            <Text className="nx-card__title">{view.union.name}</Text>
            <Text className="nx-lsettings__now">
              收到申请后{view.answerWorkingDays}个工作日内答复（{sourceWords[view.source]}
              {view.inheritedFrom ? `：${view.inheritedFrom.name}` : ''}）
            </Text>
            <ChoiceGroup idPrefix="nx-answer-days" columns={3} options={dayOptions} value={view.source === 'own' ? String(view.answerWorkingDays) : null} onChange={(days) => void save(Number(days))} />
            <Text className="nx-caption">下级工会没有自己设置的，沿用这里的时限；已提交的申请不受影响。</Text>
          </>
        ) : null}
      </LoadState>
    </View>
  );
}

function LawyerRow({ lawyer, onChanged, onMessage }: { lawyer: LawyerView; onChanged: () => Promise<void>; onMessage: Message }) {
  const toggle = async (active: boolean) => {
    const result = await saveLawyer({ lawyerId: lawyer.id, unionId: lawyer.union.id, name: lawyer.name, firm: lawyer.firm, active }, newRequestId());
    if (!result.ok) return onMessage(result.error.message, 'fail');
    await onChanged();
  };
  return (
    <View className="nx-lsettings__lawyer nx-lawyer">
      <View className="nx-lsettings__lawyer-body">
        <Text className="nx-lsettings__lawyer-name">
          {lawyer.name}律师 · {lawyer.firm}
        </Text>
        <Text className="nx-caption">
          {lawyer.phoneMasked} · {lawyer.union.name}
        </Text>
      </View>
      <Switch checked={lawyer.active} onChange={(active) => void toggle(active)} />
    </View>
  );
}

function NewLawyer({ unions, onSaved, onMessage }: { unions: { id: string; name: string }[]; onSaved: () => Promise<void>; onMessage: Message }) {
  const [form, setForm] = useState({ unionId: unions[0]?.id ?? '', name: '', firm: '', phone: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const requestId = useRef(newRequestId());
  const set = (patch: Partial<typeof form>) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const save = async () => {
    const result = await saveLawyer(form, requestId.current);
    requestId.current = newRequestId();
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return onMessage(result.error.message, 'fail');
    }
    setForm({ ...form, name: '', firm: '', phone: '' });
    await onSaved();
    onMessage(`已登记${result.data.name}律师`, 'success');
  };
  return (
    <View className="nx-lsettings__new">
      <Text className="nx-lsettings__new-title">登记合作律师</Text>
      {unions.length > 1 ? (
        <FormField id="nx-lawyer-union" label="哪个工会的合作律师" error={errors.unionId}>
          <ChoiceGroup idPrefix="nx-lawyer-union" columns={1} options={unions.map((union) => ({ value: union.id, label: union.name }))} value={form.unionId} onChange={(unionId) => set({ unionId })} />
        </FormField>
      ) : null}
      <FormField id="nx-lawyer-name" label="律师姓名" error={errors.name}>
        <Input className="nx-lawyer-name" value={form.name} maxLength={20} onChange={(name) => set({ name })} />
      </FormField>
      <FormField id="nx-lawyer-firm" label="律师事务所" error={errors.firm}>
        <Input className="nx-lawyer-firm" value={form.firm} maxLength={40} onChange={(firm) => set({ firm })} />
      </FormField>
      <FormField id="nx-lawyer-phone" label="手机号" error={errors.phone}>
        <Input className="nx-lawyer-phone" type="tel" value={form.phone} maxLength={11} onChange={(phone) => set({ phone })} />
      </FormField>
      <Button className="nx-lawyer-save" type="primary" size="large" block onClick={() => void save()}>
        登记
      </Button>
    </View>
  );
}
