import { Button, Input } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { Station } from '@core/contracts/directory.contract';
import { StationInputSchema, type StationInput } from '@core/contracts/station.schemas';
import { facilities, facilityLabels, type Facility } from '@core/enums/welfare';
import type { AppError } from '@core/result';
import { chineseErrorMap, fieldErrorsOf } from '@core/zod-messages';
import { FormField } from '../../../components/FormField';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { PrivacyPopup } from '../../../components/PrivacyPopup';
import { useLocation } from '../../../hooks/use-location';
import { useToast } from '../../../hooks/use-toast';
import { fetchStations } from '../../../services/directory/fetch-stations';
import { saveStation } from '../../../services/directory/save-station';
import { fetchMyMembership } from '../../../services/member/fetch-my-membership';
import { newRequestId } from '../../../services/request-id';
import { ChoiceChips } from '../components/ChoiceChips';
import { PicturePicker, type PictureChoice } from '../components/PicturePicker';
import { welfareRoutes } from '../welfare-routes';
import './station-form.scss';

interface Draft {
  unionId: string;
  name: string;
  address: string;
  lat: string;
  lng: string;
  hours: string;
  facilities: Facility[];
  contact: string;
  /** A photo chosen in this form; null sends none (a station being edited keeps its own); 'remove' takes it away. */
  photo: PictureChoice;
  active: boolean;
}

const facilityOptions = facilities.map((value) => ({ value, label: facilityLabels[value] }));
const activeOptions = [
  { value: 'open', label: '开放' },
  { value: 'closed', label: '停用（不再显示）' },
] as const;

/** The station behind an id, from the list pages (stations are few; there is no single-station call). */
const findStation = async (id: string): Promise<Station | null> => {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page += 1) {
    const result = await fetchStations(cursor);
    if (!result.ok) return null;
    const found = result.data.items.find((station) => station.id === id);
    if (found || !result.data.nextCursor) return found ?? null;
    cursor = result.data.nextCursor;
  }
  return null;
};

const inputOf = (draft: Draft, id: string | null): StationInput => ({
  ...(id ? { id } : {}),
  unionId: draft.unionId,
  name: draft.name,
  address: draft.address,
  lat: draft.lat.trim() === '' ? Number.NaN : Number(draft.lat),
  lng: draft.lng.trim() === '' ? Number.NaN : Number(draft.lng),
  hours: draft.hours,
  facilities: draft.facilities,
  ...(draft.contact.trim() ? { contact: draft.contact.trim() } : {}),
  ...(draft.photo === 'remove' ? { photo: null } : draft.photo ? { photo: draft.photo.upload } : {}),
  active: draft.active,
});

/** 新增 / 修改驿站 (admins). The position comes from the phone standing at the station, or is typed. */
export default function StationFormPage() {
  const { params } = useRouter();
  const id = params.id ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [unions, setUnions] = useState<Array<{ id: string; name: string }>>([]);
  const [photoUrl, setPhotoUrl] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [toast, showToast] = useToast();
  const location = useLocation({ auto: false });
  const request = useRef<string | null>(null);

  useEffect(() => {
    void (async () => {
      const me = await fetchMyMembership();
      if (!me.ok) return setLoadError(me.error);
      const mine = me.data.staff.filter((grant) => grant.roles.includes('admin')).map((grant) => grant.union);
      setUnions(mine);
      const station = id ? await findStation(id) : null;
      setPhotoUrl(station?.photoUrl ?? null);
      setDraft({
        unionId: station?.union.id ?? mine[0]?.id ?? '',
        name: station?.name ?? '',
        address: station?.address ?? '',
        lat: station ? String(station.location.lat) : '',
        lng: station ? String(station.location.lng) : '',
        hours: station?.hours ?? '全天开放',
        facilities: station?.facilities ?? ['water', 'charging'],
        contact: station?.contact ?? '',
        photo: null,
        active: true,
      });
    })();
  }, [id]);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => (current ? { ...current, [key]: value } : current));

  const fillFromHere = async () => {
    const point = await location.request();
    if (!point) return showToast('没有获取到位置，请手动填写经纬度');
    update('lat', point.lat.toFixed(5));
    update('lng', point.lng.toFixed(5));
  };

  const submit = async () => {
    if (!draft) return;
    const checked = StationInputSchema.safeParse(inputOf(draft, id), { errorMap: chineseErrorMap });
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      return showToast('请按红字提示修改');
    }
    setErrors({});
    request.current ??= newRequestId();
    setBusy(true);
    const result = await saveStation(inputOf(draft, id), request.current);
    setBusy(false);
    if (!result.ok) {
      if (result.error.code !== 'INTERNAL') request.current = null;
      setErrors(result.error.fields ?? {});
      return showToast(result.error.message, 'fail');
    }
    showToast('已保存', 'success');
    void Taro.redirectTo({ url: `${welfareRoutes.stations}?manage=1` }).catch(() => undefined);
  };

  return (
    <PageShell className="nx-station-form">
      <LoadState loading={!draft && !loadError} error={loadError} hasData={!!draft}>
        {draft ? (
          <View className="nx-card">
            {unions.length > 1 ? (
              <FormField id="nx-field-unionId" label="管理驿站的工会" error={errors.unionId}>
                <ChoiceChips options={unions.map((u) => ({ value: u.id, label: u.name }))} selected={[draft.unionId]} onToggle={(v) => update('unionId', v)} idPrefix="nx-station-union" />
              </FormField>
            ) : null}
            <FormField id="nx-field-name" label="驿站名称" error={errors.name}>
              <Input className="nx-station-name" value={draft.name} placeholder="例如：长青路骑手驿站" maxLength={30} onChange={(v) => update('name', v)} />
            </FormField>
            <FormField id="nx-field-address" label="详细地址" error={errors.address}>
              <Input className="nx-station-address" value={draft.address} placeholder="例如：青山区长青路128号一楼" maxLength={60} onChange={(v) => update('address', v)} />
            </FormField>
            <FormField id="nx-field-location" label="位置（经纬度）" hint="站在驿站门口点“用我现在的位置”最准" error={errors.lat ?? errors.lng}>
              <View className="nx-station-form__coords">
                <Input className="nx-station-lat" type="digit" value={draft.lat} placeholder="纬度 30.63" onChange={(v) => update('lat', v)} />
                <Input className="nx-station-lng" type="digit" value={draft.lng} placeholder="经度 114.39" onChange={(v) => update('lng', v)} />
              </View>
              <Button size="large" block className="nx-station-here" loading={location.status === 'locating'} onClick={() => void fillFromHere()}>
                用我现在的位置
              </Button>
            </FormField>
            <FormField id="nx-field-hours" label="开放时间" error={errors.hours}>
              <Input className="nx-station-hours" value={draft.hours} placeholder="全天开放 / 08:00-22:00" maxLength={40} onChange={(v) => update('hours', v)} />
            </FormField>
            <FormField id="nx-field-facilities" label="设施" error={errors.facilities}>
              <ChoiceChips
                options={facilityOptions}
                selected={draft.facilities}
                onToggle={(v) => update('facilities', draft.facilities.includes(v) ? draft.facilities.filter((f) => f !== v) : [...draft.facilities, v])}
                idPrefix="nx-station-facility"
                columns={3}
              />
            </FormField>
            <FormField id="nx-field-contact" label="驿站电话" optional error={errors.contact}>
              <Input className="nx-station-contact" type="tel" value={draft.contact} placeholder="027-86801234" maxLength={20} onChange={(v) => update('contact', v)} />
            </FormField>
            <FormField id="nx-field-photo" label="驿站照片" optional hint="拍下门口或招牌，劳动者到了一眼认出" error={errors.photo}>
              <PicturePicker label="驿站照片" currentUrl={photoUrl} value={draft.photo} onChange={(photo) => update('photo', photo)} />
            </FormField>
            {id ? (
              <FormField id="nx-field-active" label="状态" error={errors.active}>
                <ChoiceChips options={activeOptions} selected={[draft.active ? 'open' : 'closed']} onToggle={(v) => update('active', v === 'open')} idPrefix="nx-station-active" />
              </FormField>
            ) : null}
            <Button type="primary" size="large" block className="nx-station-submit" loading={busy} onClick={() => void submit()}>
              保存
            </Button>
          </View>
        ) : null}
      </LoadState>
      <PrivacyPopup />
      {toast}
    </PageShell>
  );
}
