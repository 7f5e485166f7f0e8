import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { VoucherLookup } from '@core/contracts/welfare.contract';
import { occupationLabels } from '@core/enums/occupation';
import { errorMessageOf } from '@core/errors';
import { formatVoucherCode, voucherCodeFromScan } from '@core/rules/voucher-code';
import { FormField } from '../../../components/FormField';
import { PageShell } from '../../../components/PageShell';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { lookupVoucher } from '../../../services/welfare/lookup-voucher';
import { redeemVoucher } from '../../../services/welfare/redeem-voucher';
import { readStored, writeStored } from '../../../utils/storage';
import { ChoiceChips } from '../components/ChoiceChips';
import { VoucherStatus } from '../components/VoucherStatus';
import { formatWhen } from '../welfare-format';
import './redeem.scss';

/** The station this phone hands packs out at, remembered between vouchers. */
const stationKey = 'nuanxin.redeemStation';

/**
 * 核销: scan the voucher's QR code (weapp) or type its code, check who it is (masked) and what they
 * get, pick the station if the staff member serves several, and confirm. The server decides; this
 * page shows its answer in words.
 */
export default function RedeemPage() {
  const [code, setCode] = useState('');
  const [found, setFound] = useState<VoucherLookup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [stationId, setStationId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<VoucherLookup | null>(null);
  const [toast, showToast] = useToast();
  const redeem = useSubmit(
    (requestId, voucherCode: string, atStation: string) => redeemVoucher(voucherCode, atStation, requestId),
    (voucherCode, atStation) => `${voucherCode}:${atStation}`,
  );

  const look = async (typed: string) => {
    const normalized = voucherCodeFromScan(typed);
    if (normalized.length === 0) return setProblem('请输入券码');
    setBusy(true);
    setProblem(null);
    setDone(null);
    const result = await lookupVoucher(normalized);
    setBusy(false);
    if (!result.ok) {
      setFound(null);
      return setProblem(result.error.fields?.code ?? result.error.message);
    }
    setFound(result.data);
    const remembered = readStored<string>(stationKey);
    const here = result.data.stations;
    setStationId(here.find((s) => s.id === remembered)?.id ?? (here.length === 1 ? here[0].id : null));
  };

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      setCode(formatVoucherCode(voucherCodeFromScan(result)));
      await look(result);
    } catch {
      showToast('没有扫到，可以直接输入券码');
    }
  };

  const confirm = async () => {
    if (!found || !stationId) return;
    setBusy(true);
    const result = await redeem.submit(found.code, stationId);
    setBusy(false);
    if (!result) return;
    if (result.ok) {
      writeStored(stationKey, stationId);
      setDone(result.data);
      setFound(null);
      setCode('');
      return showToast('已发放', 'success');
    }
    setProblem(result.error.message);
  };

  const again = () => {
    setDone(null);
    setFound(null);
    setProblem(null);
    setCode('');
  };

  return (
    <PageShell className="nx-redeem">
      {done ? (
        <View className="nx-card nx-redeem__done nx-redeem-done">
          <Text className="nx-redeem__done-mark">✓</Text>
          <Text className="nx-card__title">已发放</Text>
          <Text className="nx-lead">
            {done.holder.name ?? '持券人'}的「{done.campaign.title}」
          </Text>
          <Text className="nx-muted">{done.redeemedAt ? `${formatWhen(done.redeemedAt)} · ${done.redeemedStationName ?? ''}` : ''}</Text>
          <Button type="primary" size="large" block className="nx-redeem-next" onClick={again}>
            继续核销
          </Button>
        </View>
      ) : null}
      {!done && process.env.TARO_ENV === 'weapp' ? (
        <Button type="primary" size="large" block className="nx-redeem-scan" onClick={() => void scan()}>
          扫礼包券二维码
        </Button>
      ) : null}
      {!done ? (
        <View className="nx-card nx-redeem__form">
          <FormField id="nx-field-code" label="券码" hint="8位字母和数字，不分大小写" error={!found ? problem : null}>
            <Input
              className="nx-redeem-code"
              value={code}
              placeholder="例如 7KQ3 M9PX"
              maxLength={12}
              onChange={(value) => setCode(value.toUpperCase())}
              onConfirm={() => void look(code)}
            />
          </FormField>
          <Button size="large" block className="nx-redeem-lookup" loading={busy && !found} onClick={() => void look(code)}>
            查询
          </Button>
        </View>
      ) : null}

      {found ? (
        <View className="nx-card nx-redeem__voucher nx-redeem-voucher">
          <View className="nx-redeem__head">
            <Text className="nx-card__title">{found.campaign.title}</Text>
            <VoucherStatus status={found.status} />
          </View>
          <Detail label="持券人" value={found.holder.name ?? '（未登记姓名）'} className="nx-redeem-holder" />
          {found.holder.phone ? <Detail label="手机号" value={found.holder.phone} /> : null}
          <Detail label="身份" value={`${found.holder.isMember ? '工会会员' : '未入会'} · ${occupationLabels[found.holder.occupation]}`} />
          <Detail label="领券驿站" value={found.claimedStation.name} />
          <Detail label="券码" value={formatVoucherCode(found.code)} />
          <Detail label="有效期至" value={formatWhen(found.expiresAt)} />
          {found.problem ? (
            <View className="nx-redeem__problem nx-redeem-problem">
              <Text>{errorMessageOf(found.problem)}</Text>
              {found.redeemedAt ? <Text>（{formatWhen(found.redeemedAt)}在{found.redeemedStationName}）</Text> : null}
            </View>
          ) : found.stations.length === 0 ? (
            <View className="nx-redeem__problem">
              <Text>这张券不能在你负责的驿站领取，请持券人到{found.claimedStation.name}领取。</Text>
            </View>
          ) : (
            <>
              {found.stations.length > 1 ? (
                <View className="nx-redeem__stations">
                  <Text className="nx-redeem__label">在哪个驿站发放</Text>
                  <ChoiceChips
                    options={found.stations.map((s) => ({ value: s.id, label: s.name }))}
                    selected={stationId ? [stationId] : []}
                    onToggle={setStationId}
                    idPrefix="nx-redeem-station"
                    columns={2}
                  />
                </View>
              ) : (
                <Detail label="发放驿站" value={found.stations[0].name} />
              )}
              {problem ? <Text className="nx-field-error nx-redeem-error">{problem}</Text> : null}
              <Button type="primary" size="large" block className="nx-redeem-confirm" loading={busy} disabled={!stationId} onClick={() => void confirm()}>
                确认发放
              </Button>
            </>
          )}
        </View>
      ) : null}

      {toast}
    </PageShell>
  );
}

function Detail({ label, value, className }: { label: string; value: string; className?: string }) {
  return (
    <View className={`nx-redeem__row ${className ?? ''}`}>
      <Text className="nx-redeem__key">{label}</Text>
      <Text className="nx-redeem__value">{value}</Text>
    </View>
  );
}
