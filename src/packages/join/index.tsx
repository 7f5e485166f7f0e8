import { Button, Dialog, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { AppError } from '@core/result';
import { PageShell } from '../../components/PageShell';
import { useToast } from '../../hooks/use-toast';
import { formatDateTime } from '../../utils/format-time';
import { openPage, routes } from '../../utils/navigate';
import { ConsentBlock } from './components/ConsentBlock';
import { EmployerField } from './components/EmployerField';
import { FormField } from '../../components/FormField';
import { IdNumberField } from './components/IdNumberField';
import { OccupationPicker } from './components/OccupationPicker';
import { UnionChooser } from './components/UnionChooser';
import { clearDraft } from './join-draft';
import { useJoinForm } from './use-join-form';
import './index.scss';

/** Conflicts that mean "there is already an application": the way on is its status, not this form. */
const alreadyApplied = ['MEMBER.ALREADY_JOINED', 'MEMBER.APPLICATION_PENDING'];

/** The drive id from `?drive=` (H5, links) or the weapp QR code's `scene`, which arrives URL-encoded. */
const driveIdOf = (params: Partial<Record<string, string>>): string | null => {
  if (params.drive) return params.drive;
  if (params.scene) return decodeURIComponent(params.scene);
  return null;
};

/** 入会: the join form. Short, forgiving, and never loses what was typed. */
export default function JoinPage() {
  const { params } = useRouter();
  const [toast, showToast] = useToast();
  const [failure, setFailure] = useState<AppError | null>(null);
  const form = useJoinForm({
    driveId: driveIdOf(params),
    resubmit: params.resubmit === '1',
    onSubmitted: () => void Taro.redirectTo({ url: routes.joinStatus }).catch(() => undefined),
    onInvalid: () => showToast('请按红字提示修改'),
    onFailure: (error) =>
      error.code === 'INTERNAL' ? showToast(`${error.message}。填写的内容已保存`, 'fail') : setFailure(error),
  });
  const { draft, update, errors } = form;

  const closeFailure = () => {
    if (failure && alreadyApplied.includes(failure.code)) {
      clearDraft();
      void Taro.redirectTo({ url: routes.joinStatus }).catch(() => undefined);
    }
    setFailure(null);
  };
  const confirmFailure = () => {
    // "Already used" may mean a recycled number: the union can check whose it is now.
    if (failure?.code === 'MEMBER.PHONE_TAKEN') openPage(routes.phoneConflict);
    closeFailure();
  };
  const failureAction = (code: string): string => {
    if (alreadyApplied.includes(code)) return '查看进度';
    return code === 'MEMBER.PHONE_TAKEN' ? '申请工会核实' : '知道了';
  };

  return (
    <PageShell className="nx-join">
      {form.drive ? (
        <View className="nx-join__banner nx-join-drive">
          <Text className="nx-join__banner-title">你正在参加：{form.drive.title}</Text>
          <Text>
            {form.drive.place} · {formatDateTime(form.drive.startsAt)}
          </Text>
        </View>
      ) : null}
      {form.driveError ? (
        <View className="nx-join__banner nx-join__banner--warn nx-join-drive-error">
          <Text>{form.driveError.message}。你仍然可以自己选择工会入会。</Text>
        </View>
      ) : null}
      {form.rejected ? (
        <View className="nx-join__banner nx-join__banner--warn nx-join-rejected">
          <Text className="nx-join__banner-title">上次的申请没有通过</Text>
          <Text>原因：{form.rejected.rejectReason ?? '工会没有写明原因'}</Text>
          <Text>改好下面的内容，再提交一次。</Text>
        </View>
      ) : null}

      <View className="nx-join__intro">
        <Text className="nx-hero">填写入会信息</Text>
        <Text className="nx-muted">入会免费。填写的内容会自动保存，中途离开也不会丢。</Text>
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">你的信息</Text>
        <FormField id="nx-field-name" label="姓名" error={errors.name}>
          <Input
            className="nx-join-name"
            value={draft.name}
            maxLength={20}
            placeholder="和身份证上一致"
            clearable
            onChange={(name) => update({ name })}
          />
        </FormField>
        <IdNumberField value={draft.idNumber} error={errors.idNumber} onChange={(idNumber) => update({ idNumber })} />
        <FormField id="nx-field-phone" label="手机号" error={errors.phone}>
          <Input
            className="nx-join-phone"
            type="tel"
            value={draft.phone}
            maxLength={11}
            placeholder="11位手机号"
            clearable
            onChange={(phone) => update({ phone })}
          />
        </FormField>
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">你的工作</Text>
        <FormField id="nx-field-occupation" label="职业" error={errors.occupation}>
          <OccupationPicker value={draft.occupation} onChange={(occupation) => update({ occupation })} />
        </FormField>
        <EmployerField value={draft.employer} error={errors.employer} onChange={(employer) => update({ employer })} />
        <FormField id="nx-field-workArea" label="工作区域" hint="平时在哪个区、哪条街道干活" error={errors.workArea}>
          <Input
            className="nx-join-work-area"
            value={draft.workArea}
            maxLength={40}
            placeholder="如：青山区长青街道"
            clearable
            onChange={(workArea) => update({ workArea })}
          />
        </FormField>
      </View>

      <View className="nx-card">
        <UnionChooser value={draft.union} occupation={draft.occupation} error={errors.unionId} onChange={(union) => update({ union })} />
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">隐私说明</Text>
        <ConsentBlock
          privacy={draft.consentPrivacy}
          sensitive={draft.consentSensitive}
          privacyError={errors['consent.privacy']}
          sensitiveError={errors['consent.sensitive']}
          onPrivacyChange={(consentPrivacy) => update({ consentPrivacy })}
          onSensitiveChange={(consentSensitive) => update({ consentSensitive })}
        />
      </View>

      {errors._ ? <Text className="nx-field-error nx-join__form-error">{errors._}</Text> : null}
      <Button
        className="nx-join-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        onClick={() => void form.submit()}
      >
        {form.submitting ? '正在提交…' : '提交入会申请'}
      </Button>
      <Text className="nx-join__footnote nx-caption">入会不会通知你的雇主或平台。</Text>

      <Dialog
        className="nx-join-failure"
        visible={failure !== null}
        title="没有提交成功"
        content={failure?.message}
        confirmText={failure ? failureAction(failure.code) : '知道了'}
        cancelText="换一个号码"
        hideCancelButton={failure?.code !== 'MEMBER.PHONE_TAKEN'}
        onConfirm={confirmFailure}
        onCancel={closeFailure}
        onClose={closeFailure}
      />
      {toast}
    </PageShell>
  );
}
