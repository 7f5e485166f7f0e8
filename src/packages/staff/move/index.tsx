import { Button, Dialog, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { UnionListItem } from '@core/contracts/directory.contract';
import type { StaffMemberView } from '@core/contracts/member-transfer.contract';
import { occupationLabels } from '@core/enums/occupation';
import { FormField } from '../../../components/FormField';
import { PageShell } from '../../../components/PageShell';
import { useSubmit } from '../../../hooks/use-submit';
import { useToast } from '../../../hooks/use-toast';
import { findMember } from '../../../services/member/find-member';
import { moveMember } from '../../../services/member/move-member';
import { formatDate } from '../../../utils/format-time';
import { memberNoFromScan } from './member-no-from-scan';
import './index.scss';

interface Found {
  member: StaffMemberView;
  moveTargets: UnionListItem[];
}

/**
 * 会员调动: staff move a member between two unions of their own subtree (a depot's union split, a member
 * registered in the wrong one) — by member number, typed or scanned from the card — with a reason
 * the member reads. Number and join date stay; the counters and both unions' logs follow.
 */
export default function StaffMoveMemberPage() {
  const [toast, showToast] = useToast();
  const [memberNo, setMemberNo] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [target, setTarget] = useState<UnionListItem | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [searching, setSearching] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [moved, setMoved] = useState<string | null>(null);
  const move = useSubmit(
    (requestId, input: { memberId: string; toUnionId: string; reason: string }) => moveMember(input, requestId),
    (input) => `${input.memberId}:${input.toUnionId}`,
  );

  const lookUp = async (number: string) => {
    setSearching(true);
    const result = await findMember(number);
    setSearching(false);
    setTarget(null);
    setMoved(null);
    if (result.ok) {
      setFound(result.data);
      setErrors({});
    } else {
      setFound(null);
      setErrors(result.error.fields ?? { memberNo: result.error.message });
    }
  };

  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const number = memberNoFromScan(result);
      if (!number) return showToast('这不是暖新会员卡的二维码', 'fail');
      setMemberNo(number);
      await lookUp(number);
    } catch {
      // Closed the camera: nothing to do.
    }
  };

  const confirmMove = async () => {
    setConfirming(false);
    if (!found || !target) return;
    const result = await move.submit({ memberId: found.member.id, toUnionId: target.id, reason: reason.trim() });
    if (!result) return;
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      return showToast(result.error.message, 'fail');
    }
    setMoved(result.data.union.name);
    setFound(null);
    setReason('');
  };

  const askToConfirm = () => {
    const problems = {
      ...(target ? {} : { toUnionId: '请选择调入的工会' }),
      ...(reason.trim().length >= 2 ? {} : { reason: '请写明调动原因（至少2个字）' }),
    };
    setErrors(problems);
    if (Object.keys(problems).length === 0) setConfirming(true);
  };

  return (
    <PageShell className="nx-move">
      <View className="nx-card">
        <FormField id="nx-field-memberNo" label="会员号" hint="会员卡上的 NX 开头的号码，也可以扫会员卡上的二维码" error={errors.memberNo}>
          <Input className="nx-move-member-no" value={memberNo} maxLength={12} placeholder="如 NX2026000042" clearable onChange={setMemberNo} />
        </FormField>
        <View className="nx-move__find nx-stack">
          <Button className="nx-move-find" type="primary" block loading={searching} onClick={() => void lookUp(memberNo)}>
            查找会员
          </Button>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button className="nx-move-scan" fill="outline" block onClick={() => void scan()}>
              扫会员卡
            </Button>
          ) : null}
        </View>
      </View>

      {moved ? (
        <View className="nx-card nx-move__done nx-move-done">
          <Text className="nx-lead">已调到{moved}</Text>
          <Text className="nx-muted">会员会收到通知，会员卡已换成新的工会。</Text>
        </View>
      ) : null}

      {found ? (
        <>
          <View className="nx-card nx-move__member" id="nx-move-member">
            <Text className="nx-card__title">{found.member.name}</Text>
            <Text className="nx-move__line">会员号 {found.member.memberNo}</Text>
            <Text className="nx-move__line">身份证 {found.member.idMasked} · 手机 {found.member.phoneMasked}</Text>
            <Text className="nx-move__line">
              {occupationLabels[found.member.occupation]}
              {found.member.joinedAt ? ` · ${formatDate(found.member.joinedAt)}入会` : ''}
            </Text>
            <Text className="nx-move__line">现在在：{found.member.union.name}</Text>
          </View>
          <View className="nx-card">
            <FormField id="nx-field-toUnionId" label="调到哪个工会" hint="只列出你负责的工会" error={errors.toUnionId}>
              {found.moveTargets.length === 0 ? <Text className="nx-muted">你负责的工会里没有别的基层工会可以调入。</Text> : null}
              {found.moveTargets.map((union) => (
                <View
                  key={union.id}
                  id={`nx-move-target-${union.id}`}
                  className={`nx-move-target ${target?.id === union.id ? 'nx-move-target--selected' : ''}`}
                  onClick={() => setTarget(union)}
                >
                  <Text className="nx-move-target__name">{union.name}</Text>
                  <Text className="nx-move-target__where">{[union.parentName, union.area].filter(Boolean).join(' · ')}</Text>
                </View>
              ))}
            </FormField>
            <FormField id="nx-field-reason" label="调动原因" hint="会员会看到" error={errors.reason}>
              <TextArea className="nx-move-reason" value={reason} maxLength={200} placeholder="如：美团长青站点工会并入街道联合工会" onChange={setReason} />
            </FormField>
            <Button className="nx-move-submit" type="primary" size="large" block loading={move.busy} onClick={askToConfirm}>
              调动会员
            </Button>
          </View>
        </>
      ) : null}

      <Dialog
        className="nx-move-confirm"
        visible={confirming}
        title={found && target ? `把${found.member.name}调到${target.name}？` : ''}
        content="会员号和入会日期不变，两个工会的记录里都会留下这次调动。"
        confirmText="确认调动"
        cancelText="再看看"
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
        onConfirm={() => void confirmMove()}
      />
      {toast}
    </PageShell>
  );
}
