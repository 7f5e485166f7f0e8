import { Button, TextArea } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { UploadedEvidence, WorkerCaseView } from '@core/contracts/legal-views';
import { contactTimeLabels, legalOutcomeLabels, otherPartyKindLabels } from '@core/enums/legal-case-terms';
import { legalCaseTypeLabels } from '@core/enums/legal-case-type';
import { maxEvidencePerCase, maxEvidencePerSubmission } from '@core/rules/evidence';
import { formatYuan } from '@core/rules/yuan';
import { LoadState } from '../../components/LoadState';
import { PageShell } from '../../components/PageShell';
import { useQuery } from '../../hooks/use-query';
import { useToast } from '../../hooks/use-toast';
import { addCaseEvidence } from '../../services/legal/add-case-evidence';
import { fetchMyCase } from '../../services/legal/fetch-my-case';
import { rateCase } from '../../services/legal/rate-case';
import { newRequestId } from '../../services/request-id';
import { formatDate } from '../../utils/format-time';
import { openPage } from '../../utils/navigate';
import { CaseStatusBadge } from './components/CaseStatusBadge';
import { CaseTimeline } from './components/CaseTimeline';
import { EvidenceEditor } from './components/EvidenceEditor';
import { EvidenceGallery } from './components/EvidenceGallery';
import { StarRating } from './components/StarRating';
import { useEvidenceUploads } from './evidence/use-evidence-uploads';
import { legalRoutes } from './legal-routes';
import { formatYearMonth } from './started-on-choices';
import './case.scss';

/** 案件进度: the worker's case — where it stands, every step, the evidence — with 补充证据 while open and 评价 once closed. */
export default function LegalCasePage() {
  const { params } = useRouter();
  const caseId = params.id ?? '';
  const [toast, showToast] = useToast();
  const detail = useQuery(() => fetchMyCase(caseId), { auto: false });
  useDidShow(() => {
    void detail.reload();
  });
  const view = detail.data;

  return (
    <PageShell className="nx-case">
      <LoadState loading={detail.loading} error={detail.error} hasData={view !== undefined} onRetry={() => void detail.reload()}>
        {view ? (
          <>
            {params.new === '1' ? (
              <View className="nx-case__banner nx-case-submitted">
                <Text className="nx-case__banner-title">申请已提交</Text>
                <Text>工会最晚{formatDate(view.answerBy)}答复你，每一步都会通知你。</Text>
              </View>
            ) : null}
            <CaseSummaryCard view={view} />
            {view.canRate ? <RateCard caseId={view.id} onRated={(next) => detail.reload().then(() => showToast(next, 'success'))} onFailed={(message) => showToast(message, 'fail')} /> : null}
            {view.rating ? (
              <View className="nx-card nx-case-rating">
                <Text className="nx-card__title">你的评价</Text>
                <StarRating value={view.rating.stars} />
                {view.rating.comment ? <Text className="nx-case__text">{view.rating.comment}</Text> : null}
              </View>
            ) : null}
            <View className="nx-card">
              <Text className="nx-card__title">办理进度</Text>
              <CaseTimeline entries={view.timeline} />
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">你提交的情况</Text>
              <Text className="nx-case__text nx-case-story">{view.story}</Text>
              <Text className="nx-case__line">对方：{otherPartyKindLabels[view.otherParty.kind]} · {view.otherParty.name}</Text>
              {view.amountClaimed ? <Text className="nx-case__line">涉及金额：{formatYuan(view.amountClaimed)}</Text> : null}
              <Text className="nx-case__line">开始时间：{formatYearMonth(view.startedOn)}</Text>
              <Text className="nx-case__line">联系电话：{view.contact.phoneMasked}（{contactTimeLabels[view.contact.time]}）</Text>
            </View>
            <View className="nx-card">
              <Text className="nx-card__title">证据（{view.evidence.length}份）</Text>
              {view.evidence.length > 0 ? <EvidenceGallery files={view.evidence} /> : <Text className="nx-muted">还没有证据。</Text>}
              {view.canAddEvidence ? (
                <AddEvidence caseId={view.id} room={Math.min(maxEvidencePerSubmission, maxEvidencePerCase - view.evidence.length)} onAdded={() => detail.reload()} onMessage={showToast} />
              ) : null}
            </View>
          </>
        ) : null}
      </LoadState>
      <Button className="nx-case__back" size="large" block onClick={() => openPage(legalRoutes.home)}>
        我的法律援助
      </Button>
      {toast}
    </PageShell>
  );
}

function CaseSummaryCard({ view }: { view: WorkerCaseView }) {
  return (
    <View className="nx-card nx-case__summary" id="nx-case">
      <View className="nx-case__head">
        <Text className="nx-hero">{legalCaseTypeLabels[view.caseType]}</Text>
        <CaseStatusBadge status={view.status} />
      </View>
      <Text className="nx-case__line">受理工会：{view.union.name}</Text>
      {view.handler ? <Text className="nx-case__line nx-case-handler">承办人：{view.handler}</Text> : null}
      {view.status === 'submitted' ? <Text className="nx-case__line nx-muted">工会承诺最晚{formatDate(view.answerBy)}答复</Text> : null}
      {view.outcome ? (
        <Text className="nx-case__line nx-case-outcome">
          结果：{legalOutcomeLabels[view.outcome]}
          {view.amountRecovered ? `，追回${formatYuan(view.amountRecovered)}` : ''}
        </Text>
      ) : null}
    </View>
  );
}

function RateCard({ caseId, onRated, onFailed }: { caseId: string; onRated: (message: string) => void; onFailed: (message: string) => void }) {
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const requestId = useRef(newRequestId());
  const send = async () => {
    if (stars === 0) return onFailed('请先点星星打分');
    setSending(true);
    const result = await rateCase({ caseId, stars, ...(comment.trim() ? { comment } : {}) }, requestId.current);
    setSending(false);
    if (result.ok) return onRated('谢谢你的评价');
    requestId.current = newRequestId();
    onFailed(result.error.fields?.comment ?? result.error.message);
  };
  return (
    <View className="nx-card nx-case-rate">
      <Text className="nx-card__title">给这次法律援助打个分</Text>
      <StarRating value={stars} onChange={setStars} />
      <TextArea className="nx-case-rate-comment" value={comment} maxLength={200} autoSize placeholder="想对工会说的话（可不填）" onChange={setComment} />
      <Button className="nx-case-rate-submit" type="primary" size="large" block loading={sending} onClick={() => void send()}>
        提交评价
      </Button>
    </View>
  );
}

function AddEvidence({ caseId, room, onAdded, onMessage }: { caseId: string; room: number; onAdded: () => Promise<void>; onMessage: (text: string, icon?: 'success' | 'fail') => void }) {
  const [ready, setReady] = useState<UploadedEvidence[]>([]);
  const [sending, setSending] = useState(false);
  const requestId = useRef(newRequestId());
  const uploads = useEvidenceUploads({
    room: room - ready.length,
    onUploaded: (file) => setReady((files) => [...files, file]),
    onRefused: (message) => onMessage(message, 'fail'),
  });
  const send = async () => {
    setSending(true);
    const result = await addCaseEvidence(caseId, ready.map((file) => file.id), requestId.current);
    setSending(false);
    requestId.current = newRequestId();
    if (!result.ok) return onMessage(result.error.message, 'fail');
    setReady([]);
    await onAdded();
    onMessage('证据已补充', 'success');
  };
  if (room <= 0) return <Text className="nx-muted">证据已满{maxEvidencePerCase}份。</Text>;
  return (
    <View className="nx-case__add">
      <Text className="nx-case__add-title">补充证据</Text>
      <EvidenceEditor
        uploaded={ready}
        pending={uploads.pending}
        max={room}
        onAdd={(kind) => void uploads.add(kind)}
        onRemove={(id) => setReady((files) => files.filter((file) => file.id !== id))}
        onRetry={uploads.retry}
        onDiscard={uploads.discard}
      />
      {ready.length > 0 ? (
        <Button className="nx-case-add-submit" type="primary" size="large" block loading={sending} disabled={uploads.uploading} onClick={() => void send()}>
          提交这{ready.length}份证据
        </Button>
      ) : null}
    </View>
  );
}
