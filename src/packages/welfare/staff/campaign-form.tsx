import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import { Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { Station } from '@core/contracts/directory.contract';
import { occupationLabels, occupations } from '@core/enums/occupation';
import { campaignKindLabels, campaignKinds, perPersonLabels, perPersonOptions, stockModeLabels, stockModes } from '@core/enums/welfare';
import type { AppError } from '@core/result';
import { FormField } from '../../../components/FormField';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useToast } from '../../../hooks/use-toast';
import { fetchStations } from '../../../services/directory/fetch-stations';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { newRequestId } from '../../../services/request-id';
import { createCampaign } from '../../../services/welfare/create-campaign';
import { fetchCampaignStats } from '../../../services/welfare/fetch-campaign-stats';
import { updateCampaign } from '../../../services/welfare/update-campaign';
import { ChoiceChips } from '../components/ChoiceChips';
import { PicturePicker } from '../components/PicturePicker';
import { welfareRoutes } from '../welfare-routes';
import { blankDraft, draftOf, editOf, inputOf, problemsOf, useCampaignDraft, type CampaignDraft } from './use-campaign-form';
import './campaign-form.scss';

const kindOptions = campaignKinds.map((value) => ({ value, label: campaignKindLabels[value] }));
const perPersonChoices = perPersonOptions.map((value) => ({ value, label: perPersonLabels[value] }));
const stockModeChoices = stockModes.map((value) => ({ value, label: stockModeLabels[value] }));
const occupationOptions = occupations.map((value) => ({ value, label: occupationLabels[value] }));
const audienceOptions = [
  { value: 'members', label: '只发给工会会员' },
  { value: 'open', label: '会员和下面这些职业' },
] as const;

/** 新建 / 修改礼包活动. Checked here with the same schemas the server uses, so mistakes show at the field. */
export default function CampaignFormPage() {
  const { params } = useRouter();
  const editing = params.id ?? null;
  const [loaded, setLoaded] = useState<{ draft: CampaignDraft; unions: Array<{ id: string; name: string }>; pictureUrl: string | null } | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [stations, setStations] = useState<Station[]>([]);

  useEffect(() => {
    void (async () => {
      const me = await fetchMyMembership();
      if (!me.ok) return setLoadError(me.error);
      const unions = me.data.staff.filter((grant) => grant.roles.includes('admin')).map((grant) => grant.union);
      if (editing) {
        const campaign = await fetchCampaignStats(editing);
        if (!campaign.ok) return setLoadError(campaign.error);
        return setLoaded({ draft: draftOf(campaign.data), unions, pictureUrl: campaign.data.pictureUrl });
      }
      const list = await fetchStations();
      if (list.ok) setStations(list.data.items);
      setLoaded({ draft: blankDraft(Date.now(), unions[0]?.id ?? ''), unions, pictureUrl: null });
    })();
  }, [editing]);

  return (
    <PageShell className="nx-campaign-form">
      <LoadState loading={!loaded && !loadError} error={loadError} hasData={!!loaded}>
        {loaded ? <Form initial={loaded.draft} pictureUrl={loaded.pictureUrl} unions={loaded.unions} stations={stations} editing={editing} /> : null}
      </LoadState>
    </PageShell>
  );
}

interface FormProps {
  initial: CampaignDraft;
  /** The campaign's saved picture, when editing one that has it. */
  pictureUrl: string | null;
  unions: Array<{ id: string; name: string }>;
  stations: Station[];
  editing: string | null;
}

function Form({ initial, pictureUrl, unions, stations, editing }: FormProps) {
  const { draft, update, toggle } = useCampaignDraft(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [toast, showToast] = useToast();
  const request = useRef<string | null>(null);

  const submit = async () => {
    const value = editing ? editOf(editing, draft) : inputOf(draft);
    const problems = problemsOf(editing ? 'edit' : 'create', value);
    setErrors(problems);
    if (Object.keys(problems).length > 0) return showToast('请按红字提示修改');
    request.current ??= newRequestId();
    setBusy(true);
    const result = editing ? await updateCampaign(editOf(editing, draft), request.current) : await createCampaign(inputOf(draft), request.current);
    setBusy(false);
    if (!result.ok) {
      if (result.error.code !== 'INTERNAL') request.current = null;
      setErrors(result.error.fields ?? {});
      return showToast(result.error.message, 'fail');
    }
    showToast(editing ? '已保存' : '活动已创建', 'success');
    void Taro.redirectTo({ url: `${welfareRoutes.staffCampaign}?id=${result.data.id}` }).catch(() => undefined);
  };

  const dateField = (key: 'claimStart' | 'claimEnd' | 'pickupEnd', label: string, errorKey: string) => (
    <FormField id={`nx-field-${key}`} label={label} error={errors[errorKey]}>
      <Picker mode="date" value={draft[key]} onChange={(event) => update(key, event.detail.value)}>
        <View className="nx-campaign-form__date">
          <Text>{draft[key]}</Text>
        </View>
      </Picker>
    </FormField>
  );

  return (
    <View className="nx-card">
      {!editing ? (
        <FormField id="nx-field-kind" label="礼包类型" error={errors.kind}>
          <ChoiceChips options={kindOptions} selected={[draft.kind]} onToggle={(v) => update('kind', v)} idPrefix="nx-form-kind" columns={3} />
        </FormField>
      ) : null}
      <FormField id="nx-field-title" label="活动名称" error={errors.title}>
        <Input className="nx-form-title" value={draft.title} placeholder="例如：夏日送清凉" maxLength={30} onChange={(v) => update('title', v)} />
      </FormField>
      <FormField id="nx-field-description" label="礼包内容和说明" optional error={errors.description}>
        <TextArea className="nx-form-description" value={draft.description} placeholder="例如：绿豆汤粉、藿香正气水、防晒冰袖" maxLength={300} onChange={(v) => update('description', v)} />
      </FormField>
      <FormField id="nx-field-picture" label="活动图片" optional hint="劳动者在礼包卡片上看到这张图" error={errors.picture}>
        <PicturePicker label="活动图片" currentUrl={pictureUrl} value={draft.picture} onChange={(picture) => update('picture', picture)} />
      </FormField>
      {!editing && unions.length > 1 ? (
        <FormField id="nx-field-unionId" label="发放工会" error={errors.unionId}>
          <ChoiceChips options={unions.map((u) => ({ value: u.id, label: u.name }))} selected={[draft.unionId]} onToggle={(v) => update('unionId', v)} idPrefix="nx-form-union" />
        </FormField>
      ) : null}
      <FormField id="nx-field-occupations" label="领取对象" hint="本工会及下级工会的会员都可以领" error={errors.occupations}>
        <ChoiceChips
          options={audienceOptions}
          selected={[draft.membersOnly ? 'members' : 'open']}
          onToggle={(v) => update('membersOnly', v === 'members')}
          idPrefix="nx-form-audience"
        />
        {!draft.membersOnly ? (
          <View className="nx-campaign-form__sub">
            <ChoiceChips options={occupationOptions} selected={draft.occupations} onToggle={(v) => update('occupations', toggle(draft.occupations, v))} idPrefix="nx-form-occupation" />
          </View>
        ) : null}
      </FormField>
      {!editing ? (
        <FormField id="nx-field-perPerson" label="每人限领" error={errors.perPerson}>
          <ChoiceChips options={perPersonChoices} selected={[draft.perPerson]} onToggle={(v) => update('perPerson', v)} idPrefix="nx-form-per-person" />
        </FormField>
      ) : null}
      {dateField('claimStart', '开始领券', 'claimStartsAt')}
      {dateField('claimEnd', '领券截止（当天24点）', 'claimEndsAt')}
      {dateField('pickupEnd', '到驿站领取截止（当天24点）', 'pickupEndsAt')}
      <FormField id="nx-field-voucherValidHours" label="礼包券有效几小时" hint="过期没领的礼包会退回，留给别人" error={errors.voucherValidHours}>
        <Input className="nx-form-hours" type="number" value={draft.validHours} onChange={(v) => update('validHours', v)} />
      </FormField>
      {!editing ? (
        <>
          <FormField id="nx-field-stations" label="领取驿站" error={errors.stations}>
            <View className="nx-campaign-form__stations">
              {stations.map((station, i) => {
                const on = draft.stationIds.includes(station.id);
                const index = draft.stationIds.indexOf(station.id);
                return (
                  <View key={station.id} className={`nx-form-station ${on ? 'nx-form-station--selected' : ''}`}>
                    <View id={`nx-form-station-${station.id}`} className="nx-form-station__pick" onClick={() => update('stationIds', toggle(draft.stationIds, station.id))}>
                      <Text className="nx-form-station__name">{station.name}</Text>
                      <Text className="nx-form-station__address">{station.address}</Text>
                    </View>
                    {on && draft.stockMode === 'perStation' ? (
                      <View className="nx-form-station__stock">
                        <Input
                          type="number"
                          placeholder="这个驿站发多少份"
                          value={draft.stationStock[station.id] ?? ''}
                          onChange={(v) => update('stationStock', { ...draft.stationStock, [station.id]: v })}
                        />
                        {errors[`stations.${index}.stock`] ? <Text className="nx-field-error">{errors[`stations.${index}.stock`]}</Text> : null}
                      </View>
                    ) : null}
                    {errors[`stations.${i}.stationId`] ? <Text className="nx-field-error">{errors[`stations.${i}.stationId`]}</Text> : null}
                  </View>
                );
              })}
            </View>
          </FormField>
          <FormField id="nx-field-stockMode" label="库存怎么分" error={errors.stockMode}>
            <ChoiceChips options={stockModeChoices} selected={[draft.stockMode]} onToggle={(v) => update('stockMode', v)} idPrefix="nx-form-stock-mode" />
          </FormField>
          {draft.stockMode === 'pooled' ? (
            <FormField id="nx-field-totalStock" label="礼包总数" error={errors.totalStock}>
              <Input className="nx-form-total" type="number" value={draft.totalStock} placeholder="例如 300" onChange={(v) => update('totalStock', v)} />
            </FormField>
          ) : null}
        </>
      ) : null}
      <Button type="primary" size="large" block className="nx-form-submit" loading={busy} onClick={() => void submit()}>
        {editing ? '保存修改' : '创建活动'}
      </Button>
      {toast}
    </View>
  );
}
