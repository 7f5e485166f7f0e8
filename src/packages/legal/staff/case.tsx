import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { LawyerView, StaffCaseView } from '@core/contracts/legal-views';
import { contactTimeLabels, legalOutcomeLabels, otherPartyKindLabels } from '@core/enums/legal-case-terms';
import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import { formatYuan } from '@core/rules/yuan';
import { LoadState } from '../../../components/LoadState';
import { PageShell } from '../../../components/PageShell';
import { useQuery } from '../../../hooks/use-query';
import { useToast } from '../../../hooks/use-toast';
import { fetchCaseFile } from '../../../services/legal/fetch-case-file';
import { fetchLawyers } from '../../../services/legal/fetch-lawyers';
import { revealContactPhone } from '../../../services/legal/reveal-contact-phone';
import { formatDate } from '../../../utils/format-time';
import { CaseStatusBadge } from '../components/CaseStatusBadge';
import { CaseTimeline } from '../components/CaseTimeline';
import { EvidenceGallery } from '../components/EvidenceGallery';
import { formatYearMonth } from '../started-on-choices';
import { deadlineText } from './components/QueueCard';
import { StepSheet, stepTitles, type StaffStep } from './components/StepSheet';
import './case.scss';

/** 案件办理: one case for the staff of its unions — the story, contact, evidence, every step — and the next steps as buttons. */
export default function StaffLegalCasePage() {
  const { params } = useRouter();
  const caseId = params.id ?? '';
  const [toast, showToast] = useToast();
  const file = useQuery(() => fetchCaseFile(caseId), { auto: false });
  const [step, setStep] = useState<StaffStep | null>(null);
  const [lawyers, setLawyers] = useState<LawyerView[]>([]);
  const [phone, setPhone] = useState<string | null>(null);
  useDidShow(() => {
    void file.reload();
  });
  const view = file.data;

  const open = async (next: StaffStep) => {
    if (next === 'assign') {
      const found = await fetchLawyers(caseId);
      setLawyers(found.ok ? found.data.items : []);
    }
    setStep(next);
  };

  const reveal = async () => {
    const result = await revealContactPhone(caseId);
    if (result.ok) setPhone(result.data.phone);
    else showToast(result.error.message, 'fail');
  };

  return (
    <PageShell className="nx-scase">
      <LoadState loading={file.loading} error={file.error} hasData={view !== undefined} onRetry={() => void file.reload()}>
        {view ? (
          <>
            <CaseHead view={view} />
            <View className="nx-card nx-scase-contact">
              <Text className="nx-card__title">当事人</Text>
              <Text className="nx-scase__line">{view.applicantName}</Text>
              <View className="nx-scase__phone">
                <Text className="nx-scase-phone">{phone ?? view.contact.phoneMasked}</Text>
                {phone ? (
                  <Button className="nx-scase-call" size="small" type="primary" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)}>
                    拨打
                  </Button>
                ) : (
                  <Button className="nx-scase-reveal" size="small" fill="outline" onClick={() => void reveal()}>
                    查看完整号码
                  </Button>
                )}
              </View>
              <Text className="nx-muted">方便接电话：{contactTimeLabels[view.contact.time]}。查看号码会记录在审计日志里。</Text>
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">申请情况</Text>
              <Text className="nx-scase__story nx-scase-story">{view.story}</Text>
              <Text className="nx-scase__line">对方：{otherPartyKindLabels[view.otherParty.kind]} · {view.otherParty.name}</Text>
              {view.amountClaimed ? <Text className="nx-scase__line">涉及金额：{formatYuan(view.amountClaimed)}</Text> : null}
              <Text className="nx-scase__line">开始时间：{formatYearMonth(view.startedOn)}</Text>
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">证据（{view.evidence.length}份）</Text>
              {view.evidence.length > 0 ? <EvidenceGallery files={view.evidence} /> : <Text className="nx-muted">当事人没有上传证据。</Text>}
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">办理进度</Text>
              <CaseTimeline entries={view.timeline} />
            </View>
            {view.nextSteps.length > 0 ? (
              <View className="nx-scase__actions">
                {view.nextSteps.map((next) => (
                  <Button
                    key={next}
                    className={`nx-scase-step nx-scase-step--${next}`}
                    type={next === 'decline' ? 'default' : 'primary'}
                    fill={next === 'decline' || next === 'note' ? 'outline' : 'solid'}
                    size="large"
                    block
                    onClick={() => void open(next as StaffStep)}
                  >
                    {next === 'assign' && view.handler ? '改派承办人' : stepTitles[next as StaffStep]}
                  </Button>
                ))}
              </View>
            ) : null}
            <StepSheet
              caseId={caseId}
              step={step}
              lawyers={lawyers}
              signing={view.signing}
              onClose={() => setStep(null)}
              onFailed={(message) => showToast(message, 'fail')}
              onDone={(_status, done) => {
                setStep(null);
                showToast(`已${stepTitles[done]}`, 'success');
                void file.reload();
              }}
            />
          </>
        ) : null}
      </LoadState>
      {toast}
    </PageShell>
  );
}

function CaseHead({ view }: { view: StaffCaseView }) {
  return (
    <View className="nx-card nx-scase__head" id="nx-scase">
      <View className="nx-scase__title">
        <Text className="nx-hero">{legalCaseTypeLabels[view.caseType]}</Text>
        <CaseStatusBadge status={view.status} />
      </View>
      <Text className="nx-scase__line">
        {formatDate(view.submittedAt)}提交 · {view.union.name}
      </Text>
      {view.daysLeft !== null ? (
        <>
          <Text className="nx-scase__line">答复期限：最晚{formatDate(view.answerBy)}</Text>
          <Text className={`nx-scase__deadline nx-scase-deadline ${view.overdue ? 'nx-scase__deadline--overdue' : ''}`}>{deadlineText(view.daysLeft)}</Text>
        </>
      ) : null}
      {view.handler ? <Text className="nx-scase__line nx-scase-handler">承办：{view.handler}</Text> : null}
      {view.outcome ? (
        <Text className="nx-scase__line">
          结果：{legalOutcomeLabels[view.outcome]}
          {view.amountRecovered ? `，追回${formatYuan(view.amountRecovered)}` : ''}
        </Text>
      ) : null}
      {view.rating ? <Text className="nx-scase__line">当事人评价：{view.rating.stars}星</Text> : null}
    </View>
  );
}
