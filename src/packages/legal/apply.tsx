import { Button, Dialog, Input, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { contactTimeLabels, otherPartyKindLabels, type ContactTime, type OtherPartyKind } from '@core/enums/legal-case-terms';
import { legalCaseTypeLabels, legalCaseTypes } from '@core/enums/legal-case-type';
import { maxEvidencePerSubmission } from '@core/rules/evidence';
import type { AppError } from '@core/result';
import { FormField } from '../../components/FormField';
import { PageShell } from '../../components/PageShell';
import { useToast } from '../../hooks/use-toast';
import { ChoiceGroup } from './components/ChoiceGroup';
import { EvidenceEditor } from './components/EvidenceEditor';
import { useEvidenceUploads } from './evidence/use-evidence-uploads';
import { legalRoutes } from './legal-routes';
import { startedOnChoices } from './started-on-choices';
import { useApplyForm } from './use-apply-form';
import './apply.scss';

const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
const caseTypeOptions = legalCaseTypes.map((value) => ({ value, label: legalCaseTypeLabels[value] }));
const partyOptions = options<OtherPartyKind>(otherPartyKindLabels);
const timeOptions = options<ContactTime>(contactTimeLabels);

/** 申请法律援助: the request form. Short, in plain words, and it never loses what was typed or chosen. */
export default function LegalApplyPage() {
  const [toast, showToast] = useToast();
  const [failure, setFailure] = useState<AppError | null>(null);
  const form = useApplyForm({
    onSubmitted: (filed) => void Taro.redirectTo({ url: `${legalRoutes.case}?id=${filed.id}&new=1` }).catch(() => undefined),
    onInvalid: () => showToast('请按红字提示修改'),
    onFailure: (error) => (error.code === 'INTERNAL' ? showToast(`${error.message}。填写的内容已保存`, 'fail') : setFailure(error)),
  });
  const { draft, update, errors } = form;
  const uploads = useEvidenceUploads({
    room: maxEvidencePerSubmission - draft.evidence.length,
    onUploaded: form.addEvidence,
    onRefused: (message) => showToast(message, 'fail'),
  });
  const startedOptions = useMemo(() => startedOnChoices(Date.now()), []);

  return (
    <PageShell className="nx-apply">
      <View className="nx-apply__intro">
        <Text className="nx-hero">申请法律援助</Text>
        <Text className="nx-muted">工会免费帮你维权。写下发生了什么，工会会在承诺的工作日内答复你。填写的内容会自动保存。</Text>
      </View>

      <View className="nx-card">
        <FormField id="nx-field-caseType" label="遇到了什么问题" error={errors.caseType}>
          <ChoiceGroup idPrefix="nx-case-type" options={caseTypeOptions} value={draft.caseType} onChange={(caseType) => update({ caseType })} columns={2} />
        </FormField>
        <FormField id="nx-field-story" label="发生了什么" hint="写清楚什么时候、多少钱、对方怎么说的。比如：10月、11月的工资7200元，站点一直拖着不发。" error={errors.story}>
          <TextArea
            className="nx-apply-story"
            value={draft.story}
            maxLength={1000}
            showCount
            autoSize
            placeholder="把经过写下来，几句话就行"
            onChange={(story) => update({ story })}
          />
        </FormField>
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">对方是谁</Text>
        <FormField id="nx-field-otherParty-kind" label="对方是" error={errors['otherParty.kind']}>
          <ChoiceGroup idPrefix="nx-party" options={partyOptions} value={draft.otherPartyKind} onChange={(otherPartyKind) => update({ otherPartyKind })} columns={2} />
        </FormField>
        <FormField id="nx-field-otherParty-name" label="对方名称" error={errors['otherParty.name']}>
          <Input className="nx-apply-party-name" value={draft.otherPartyName} maxLength={40} placeholder="如：XX配送站、XX劳务公司" clearable onChange={(otherPartyName) => update({ otherPartyName })} />
        </FormField>
        <FormField id="nx-field-amountClaimed" label="涉及金额（元）" optional error={errors.amountClaimed}>
          <Input className="nx-apply-amount" type="digit" value={draft.amountClaimed} maxLength={9} placeholder="如：7200" clearable onChange={(amountClaimed) => update({ amountClaimed })} />
        </FormField>
        <FormField id="nx-field-startedOn" label="从什么时候开始" error={errors.startedOn}>
          <ChoiceGroup idPrefix="nx-started" options={startedOptions} value={draft.startedOn} onChange={(startedOn) => update({ startedOn })} columns={3} />
        </FormField>
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">怎么联系你</Text>
        <FormField id="nx-field-contact-phone" label="手机号" hint="只给办理你案件的工会工作人员看" error={errors['contact.phone']}>
          <Input className="nx-apply-phone" type="tel" value={draft.phone} maxLength={11} placeholder="11位手机号" clearable onChange={(phone) => update({ phone })} />
        </FormField>
        <FormField id="nx-field-contact-time" label="什么时候方便接电话" error={errors['contact.time']}>
          <ChoiceGroup idPrefix="nx-contact-time" options={timeOptions} value={draft.contactTime} onChange={(contactTime) => update({ contactTime })} columns={3} />
        </FormField>
      </View>

      <View className="nx-card">
        <Text className="nx-card__title">证据（可不填，有的话更好办）</Text>
        <EvidenceEditor
          uploaded={draft.evidence}
          pending={uploads.pending}
          onAdd={(kind) => void uploads.add(kind)}
          onRemove={form.removeEvidence}
          onRetry={uploads.retry}
          onDiscard={uploads.discard}
        />
        {errors.evidence ? <Text className="nx-field-error">{errors.evidence}</Text> : null}
      </View>

      <Button
        className="nx-apply-submit"
        type="primary"
        size="large"
        block
        loading={form.submitting}
        disabled={uploads.uploading}
        onClick={() => void form.submit()}
      >
        {form.submitting ? '正在提交…' : uploads.uploading ? '证据上传中…' : '提交申请'}
      </Button>
      <Text className="nx-apply__footnote nx-caption">申请不会通知你的雇主或平台。你写的经过只有你和工会工作人员能看到。</Text>

      <Dialog
        className="nx-apply-failure"
        visible={failure !== null}
        title="没有提交成功"
        content={failure?.message}
        confirmText="知道了"
        hideCancelButton
        onConfirm={() => setFailure(null)}
        onClose={() => setFailure(null)}
      />
      {toast}
    </PageShell>
  );
}
