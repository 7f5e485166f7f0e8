import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState, type ReactNode } from 'react';
import { CreateDriveInputSchema } from '@core/contracts/drive.contract';
import { driveKindLabels, driveKinds } from '@core/enums/drive-kind';
import { commonPlatforms, occupationLabels, occupations } from '@core/enums/occupation';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { PrivacyPopup } from '../../../components/PrivacyPopup';
import { useLocation } from '../../../hooks/use-location';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { createDrive } from '../../../services/drive/create-drive';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { fetchManagedCampaigns } from '../../../services/welfare/fetch-managed-campaigns';
import { newRequestId } from '../../../services/request-id';
import { routes } from '../../../utils/navigate';
import { clearDriveDraft, dayLabelOf, inputOf, loadDriveDraft, saveDriveDraft, type DriveDraft } from './drive-draft';
import './staff.scss';

const startHours = ['now', 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19] as const;
type StartHour = (typeof startHours)[number];
const lengths = [2, 3, 4, 6];

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function Row({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <View id={id} className="nx-form-row">
      <Text className="nx-form-row__label">{label}</Text>
      {children}
      {error ? <Text className="nx-form-error">{error}</Text> : null}
    </View>
  );
}

function Chips<T extends string | number>({ name, options, selected, labelOf, onTap }: { name: string; options: readonly T[]; selected: readonly T[]; labelOf: (option: T) => string; onTap: (option: T) => void }) {
  return (
    <View className="nx-drive-chips">
      {options.map((option) => (
        <View key={String(option)} id={`nx-${name}-${option}`} className={`nx-drive-chip ${selected.includes(option) ? 'nx-drive-chip--on' : ''}`} onClick={() => onTap(option)}>
          <Text>{labelOf(option)}</Text>
        </View>
      ))}
    </View>
  );
}

/** 新建活动: what, where, when, for whom; the QR code comes with it. */
export default function CreateDrivePage() {
  const me = useQuery(fetchMyMembership);
  // Only operators run campaigns; anyone else simply gets no choice here.
  const campaigns = useQuery(() => fetchManagedCampaigns());
  const openCampaigns = (campaigns.data?.items ?? []).filter((campaign) => campaign.status === 'open');
  const [draft, setDraft] = useState<DriveDraft>(loadDriveDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [toast, showToast] = useToast();
  const here = useLocation({ auto: false });
  const now = Date.now();
  const unions = me.data?.staff.map((grant) => grant.union) ?? [];

  useEffect(() => {
    if (!draft.unionId && unions.length > 0) setDraft((current) => ({ ...current, unionId: unions[0].id }));
  }, [draft.unionId, unions]);
  useEffect(() => saveDriveDraft(draft), [draft]);

  const update = (patch: Partial<DriveDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors((current) => {
      const next = { ...current };
      for (const field of Object.keys(patch)) delete next[field];
      // The schema reports the position as location.latitude / location.longitude.
      if ('lat' in patch || 'lng' in patch) for (const field of ['location', 'location.latitude', 'location.longitude']) delete next[field];
      return next;
    });
  };

  const fillFromHere = async () => {
    const point = await here.request();
    if (!point) return showToast('没有获取到位置，请手动填写经纬度');
    update({ lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) });
  };

  const submit = async () => {
    if (submitting) return;
    const input = inputOf(draft, now);
    const checked = CreateDriveInputSchema.safeParse(input, { errorMap: chineseErrorMap });
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      showToast('请按红字提示修改');
      return;
    }
    setSubmitting(true);
    const result = await createDrive(input, draft.requestId);
    setSubmitting(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      showToast(result.error.message, 'fail');
      if (!['INTERNAL', 'REQUEST.IN_PROGRESS'].includes(result.error.code)) update({ requestId: newRequestId() });
      return;
    }
    clearDriveDraft();
    void Taro.redirectTo({ url: `${routes.staffDrive}?drive=${encodeURIComponent(result.data.id)}` }).catch(() => undefined);
  };

  return (
    <PageShell className="nx-drive-create">
      <LoadState loading={me.loading} error={me.error} hasData={me.data !== undefined} onRetry={() => void me.reload()}>
        <View className="nx-card">
          <Row id="nx-field-title" label="活动名称" error={errors.title}>
            <Input className="nx-drive-title" value={draft.title} maxLength={40} placeholder="如：骑手集中入会日" onChange={(title) => update({ title })} />
          </Row>
          <Row id="nx-field-kinds" label="活动内容（可多选）" error={errors.kinds}>
            <Chips name="kind" options={driveKinds} selected={draft.kinds} labelOf={(kind) => driveKindLabels[kind]} onTap={(kind) => update({ kinds: toggle(draft.kinds, kind) })} />
          </Row>
          <Row id="nx-field-unionId" label="主办工会" error={errors.unionId}>
            <Chips name="union" options={unions.map((union) => union.id)} selected={[draft.unionId]} labelOf={(id) => unions.find((union) => union.id === id)?.name ?? id} onTap={(unionId) => update({ unionId })} />
          </Row>
          <Row id="nx-field-place" label="活动地点" error={errors.place}>
            <Input className="nx-drive-place" value={draft.place} maxLength={60} placeholder="如：美团外卖长青站（长青路128号）" onChange={(place) => update({ place })} />
          </Row>
          <Row id="nx-field-location" label="活动位置（可不填，劳动者可一键导航）" error={errors['location.latitude'] ?? errors['location.longitude'] ?? errors.location}>
            <View className="nx-drive-coords">
              <Input className="nx-drive-lat" type="digit" value={draft.lat} placeholder="纬度 30.63" onChange={(lat) => update({ lat })} />
              <Input className="nx-drive-lng" type="digit" value={draft.lng} placeholder="经度 114.39" onChange={(lng) => update({ lng })} />
            </View>
            <Button className="nx-drive-here" size="large" block loading={here.status === 'locating'} onClick={() => void fillFromHere()}>
              用我现在的位置
            </Button>
          </Row>
        </View>

        <View className="nx-card">
          <Row id="nx-field-startsAt" label="哪一天" error={errors.startsAt}>
            <Chips
              name="day"
              options={[0, 1, 2, 3, 4, 5, 6]}
              selected={[draft.dayOffset]}
              labelOf={(offset) => dayLabelOf(now, offset)}
              onTap={(dayOffset) => update({ dayOffset, ...(dayOffset > 0 && draft.startHour === null ? { startHour: 14 } : {}) })}
            />
          </Row>
          <Row id="nx-field-hour" label="几点开始">
            <Chips<StartHour>
              name="hour"
              options={startHours}
              selected={[(draft.startHour ?? 'now') as StartHour]}
              labelOf={(hour) => (hour === 'now' ? '现在' : `${hour}:00`)}
              onTap={(hour) => update(hour === 'now' ? { startHour: null, dayOffset: 0 } : { startHour: hour })}
            />
          </Row>
          <Row id="nx-field-endsAt" label="持续多久" error={errors.endsAt}>
            <Chips name="hours" options={lengths} selected={[draft.hours]} labelOf={(hours) => `${hours}小时`} onTap={(hours) => update({ hours })} />
          </Row>
        </View>

        <View className="nx-card">
          <Row id="nx-field-audience" label="面向哪些劳动者（可不选）" error={errors['audience.occupations']}>
            <Chips name="audience" options={occupations} selected={draft.occupations} labelOf={(key) => occupationLabels[key]} onTap={(key) => update({ occupations: toggle(draft.occupations, key) })} />
          </Row>
          <Row id="nx-field-platforms" label="主要平台（可不选）" error={errors['audience.platforms']}>
            <Chips name="platform" options={commonPlatforms} selected={draft.platforms} labelOf={(name) => name} onTap={(name) => update({ platforms: toggle(draft.platforms, name) })} />
          </Row>
          {openCampaigns.length > 0 ? (
            <Row id="nx-field-welfareCampaignId" label="入会送礼包（可不选）" error={errors.welfareCampaignId}>
              <Chips
                name="campaign"
                options={['', ...openCampaigns.map((campaign) => campaign.id)]}
                selected={[draft.welfareCampaignId]}
                labelOf={(id) => (id ? (openCampaigns.find((campaign) => campaign.id === id)?.title ?? id) : '不送')}
                onTap={(welfareCampaignId) => update({ welfareCampaignId })}
              />
            </Row>
          ) : null}
          <Row id="nx-field-notes" label="备注（可不填）" error={errors.notes}>
            <Textarea className="nx-form-input nx-drive-notes" value={draft.notes} maxlength={200} placeholder="如：入会即送清凉礼包，带好身份证" onInput={(event) => update({ notes: event.detail.value })} />
          </Row>
        </View>

        <Button className="nx-drive-submit" type="primary" size="large" block loading={submitting} onClick={() => void submit()}>
          {submitting ? '正在创建…' : '创建活动，生成二维码'}
        </Button>
      </LoadState>
      <PrivacyPopup purpose="为了记下活动地点在地图上的位置，方便劳动者导航过来，暖新需要使用你现在的位置。位置只存为这场活动的地点。" fallback="不同意也没关系，可以手动填写经纬度，或者不填。" />
      {toast}
    </PageShell>
  );
}
