import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { CreatePlanInputSchema } from '@core/contracts/health.contract';
import { healthItemLabels, healthItems, siteKindLabels, type SiteKind } from '@core/enums/health-labels';
import { occupationLabels, occupations } from '@core/enums/occupation-labels';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { FormField } from '../../../components/FormField';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { createHealthPlan } from '../../../services/health/create-health-plan';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { newRequestId } from '../../../services/request-id';
import { Chips, toggled } from '../components/Chips';
import { dayOf } from '../health-format';
import { healthRoutes } from '../health-routes';
import { clearPlanDraft, loadPlanDraft, planInputOf, savePlanDraft, type PlanDraft } from './plan-draft';
import './staff.scss';
import './plan-form.scss';

const siteKinds = Object.keys(siteKindLabels) as SiteKind[];
const fieldOrder = ['title', 'unionId', 'provider', 'items', 'sites', 'firstDay', 'lastDay', 'opensAt', 'priorityDays', 'lateDays', 'cutoffHours', 'occupations', 'ageMin', 'ageMax', 'notes'];

/** The first problem under `prefix` (`sites` covers `sites.0.name`). */
const errorAt = (errors: Record<string, string>, prefix: string) =>
  errors[prefix] ?? Object.entries(errors).find(([key]) => key.startsWith(`${prefix}.`))?.[1];

/** 新建体检计划 (admins): package, places, dates, booking rules, who may book. Slots come next. */
export default function HealthPlanFormPage() {
  const me = useQuery(fetchMyMembership);
  const [draft, setDraft] = useState<PlanDraft>(() => loadPlanDraft(dayOf(Date.now())));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [toast, showToast] = useToast();
  const unions = (me.data?.staff ?? []).filter((grant) => grant.roles.includes('admin')).map((grant) => grant.union);

  useEffect(() => savePlanDraft(draft), [draft]);
  useEffect(() => {
    if (!draft.unionId && unions.length > 0) setDraft((current) => ({ ...current, unionId: unions[0].id }));
  }, [draft.unionId, unions]);

  const update = (patch: Partial<PlanDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !Object.keys(patch).some((field) => key === field || key.startsWith(`${field}.`)))));
  };
  const updateSite = (index: number, patch: Partial<PlanDraft['sites'][number]>) =>
    update({ sites: draft.sites.map((site, i) => (i === index ? { ...site, ...patch } : site)) });

  const submit = async () => {
    if (sending) return;
    const input = planInputOf(draft);
    const parsed = CreatePlanInputSchema.safeParse(input, { errorMap: chineseErrorMap });
    if (!parsed.success) {
      const fields = fieldErrorsOf(parsed.error);
      if (fields.opensAt && Number.isNaN(input.opensAt)) fields.opensAt = '日期格式应为 2026-12-03';
      setErrors(fields);
      showToast('请按红字提示修改');
      const first = fieldOrder.find((key) => errorAt(fields, key));
      if (first) Taro.pageScrollTo({ selector: `#nx-field-${first}`, duration: 250 }).catch(() => undefined);
      return;
    }
    setSending(true);
    const result = await createHealthPlan(input, draft.requestId);
    setSending(false);
    if (result.ok) {
      clearPlanDraft();
      void Taro.redirectTo({ url: `${healthRoutes.staffSlots}?planId=${result.data.id}&created=1` }).catch(() => undefined);
      return;
    }
    if (!['INTERNAL', 'REQUEST.IN_PROGRESS'].includes(result.error.code)) update({ requestId: newRequestId() });
    if (result.error.fields) setErrors(result.error.fields);
    showToast(result.error.message, 'fail');
  };

  return (
    <PageShell className="nx-hplanform">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        <View className="nx-card">
          <Text className="nx-card__title">基本信息</Text>
          <FormField id="nx-field-title" label="标题" error={errors.title}>
            <Input className="nx-hplanform-title" value={draft.title} maxLength={40} placeholder="如：冬季骑手免费健康体检" onChange={(title) => update({ title })} />
          </FormField>
          <FormField id="nx-field-unionId" label="组织工会" hint="这个工会和下面各级工会的会员可以预约" error={errors.unionId}>
            <Chips idPrefix="nx-hplanform-union" options={unions.map((union) => union.id)} selected={[draft.unionId]} labelOf={(id) => unions.find((union) => union.id === id)?.name ?? id} onTap={(unionId) => update({ unionId })} />
          </FormField>
          <FormField id="nx-field-provider" label="体检机构" error={errors.provider}>
            <Input className="nx-hplanform-provider" value={draft.provider} maxLength={40} placeholder="如：青山区康宁医院体检中心" onChange={(provider) => update({ provider })} />
          </FormField>
        </View>

        <View className="nx-card" id="nx-field-items">
          <Text className="nx-card__title">检查项目</Text>
          <Chips idPrefix="nx-hplanform-item" options={healthItems} selected={draft.items} labelOf={(item) => healthItemLabels[item]} onTap={(item) => update({ items: toggled(draft.items, item) })} />
          {errorAt(errors, 'items') ? <Text className="nx-field-error">{errorAt(errors, 'items')}</Text> : null}
        </View>

        <View className="nx-card" id="nx-field-sites">
          <Text className="nx-card__title">体检地点</Text>
          {draft.sites.map((site, index) => (
            <View key={index} className="nx-hplanform__site">
              <Chips idPrefix={`nx-hplanform-kind-${index}`} options={siteKinds} selected={[site.kind]} labelOf={(kind) => siteKindLabels[kind]} onTap={(kind) => updateSite(index, { kind })} />
              <Input className={`nx-hplanform-site-name-${index}`} value={site.name} maxLength={30} placeholder={site.kind === 'bus' ? '体检车停在哪，如：美团外卖长青站门口' : '如：康宁医院体检中心'} onChange={(name) => updateSite(index, { name })} />
              <Input className={`nx-hplanform-site-address-${index}`} value={site.address} maxLength={60} placeholder="详细地址：区、路、门牌、楼层" onChange={(address) => updateSite(index, { address })} />
              {draft.sites.length > 1 ? (
                <Button size="small" fill="none" className="nx-hplanform__remove" onClick={() => update({ sites: draft.sites.filter((_, i) => i !== index) })}>
                  删除这个地点
                </Button>
              ) : null}
            </View>
          ))}
          {errorAt(errors, 'sites') ? <Text className="nx-field-error">{errorAt(errors, 'sites')}</Text> : null}
          {draft.sites.length < 6 ? (
            <Button className="nx-hplanform-add-site" fill="outline" block onClick={() => update({ sites: [...draft.sites, { name: '', address: '', kind: 'bus' }] })}>
              再加一个地点
            </Button>
          ) : null}
        </View>

        <View className="nx-card">
          <Text className="nx-card__title">日期和预约规则</Text>
          <FormField id="nx-field-firstDay" label="第一天" error={errors.firstDay}>
            <Input className="nx-hplanform-first-day" value={draft.firstDay} maxLength={10} placeholder="2026-12-03" onChange={(firstDay) => update({ firstDay })} />
          </FormField>
          <FormField id="nx-field-lastDay" label="最后一天" error={errors.lastDay}>
            <Input className="nx-hplanform-last-day" value={draft.lastDay} maxLength={10} placeholder="2026-12-07" onChange={(lastDay) => update({ lastDay })} />
          </FormField>
          <FormField id="nx-field-opensAt" label="开始预约" hint="这天早上8点，近12个月没做过体检的工友先约" error={errors.opensAt}>
            <Input className="nx-hplanform-opens-on" value={draft.opensOn} maxLength={10} placeholder="2026-11-30" onChange={(opensOn) => update({ opensOn })} />
          </FormField>
          <FormField id="nx-field-priorityDays" label="优先预约几天" hint="近12个月没做过体检的工友先约这么多天，其他人再约" error={errors.priorityDays}>
            <Input className="nx-hplanform-priority-days" type="digit" value={draft.priorityDays} maxLength={2} onChange={(priorityDays) => update({ priorityDays })} />
          </FormField>
          <FormField id="nx-field-lateDays" label="补约几天" hint="上次约了没来的工友，只能在最后这么多天里约剩下的名额" error={errors.lateDays}>
            <Input className="nx-hplanform-late-days" type="digit" value={draft.lateDays} maxLength={2} onChange={(lateDays) => update({ lateDays })} />
          </FormField>
          <FormField id="nx-field-cutoffHours" label="改期截止（小时）" hint="体检开始前这么多小时内，不能再改期或取消" error={errors.cutoffHours}>
            <Input className="nx-hplanform-cutoff" type="digit" value={draft.cutoffHours} maxLength={2} onChange={(cutoffHours) => update({ cutoffHours })} />
          </FormField>
        </View>

        <View className="nx-card">
          <Text className="nx-card__title">谁可以约</Text>
          <FormField id="nx-field-occupations" label="职业" hint="不选就是所有职业" error={errorAt(errors, 'occupations')}>
            <Chips idPrefix="nx-hplanform-occupation" options={occupations} selected={draft.occupations} labelOf={(occupation) => occupationLabels[occupation]} onTap={(occupation) => update({ occupations: toggled(draft.occupations, occupation) })} />
          </FormField>
          <View className="nx-hplanform__numbers">
            <FormField id="nx-field-ageMin" label="最小年龄" optional error={errors.ageMin}>
              <Input className="nx-hplanform-age-min" type="digit" value={draft.ageMin} maxLength={2} onChange={(ageMin) => update({ ageMin })} />
            </FormField>
            <FormField id="nx-field-ageMax" label="最大年龄" optional error={errors.ageMax}>
              <Input className="nx-hplanform-age-max" type="digit" value={draft.ageMax} maxLength={2} onChange={(ageMax) => update({ ageMax })} />
            </FormField>
          </View>
        </View>

        <View className="nx-card">
          <Text className="nx-card__title">体检须知</Text>
          <FormField id="nx-field-notes" label="补充须知" optional hint="一行一条，最多5条。空腹、带身份证会自动写上" error={errorAt(errors, 'notes')}>
            <TextArea className="nx-hplanform-notes" value={draft.notes} maxLength={320} placeholder="如：体检前一天清淡饮食，不要喝酒" onChange={(notes) => update({ notes })} />
          </FormField>
        </View>

        <Button className="nx-hplanform-submit" type="primary" size="large" block loading={sending} onClick={() => void submit()}>
          保存，下一步排时间
        </Button>
      </LoadState>
      {toast}
    </PageShell>
  );
}
