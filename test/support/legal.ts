import type { SubmitCaseInput, UploadEvidenceInput } from '@core/contracts/legal-inputs';
import type { WorkerCaseView } from '@core/contracts/legal-views';
import type { World } from './world';

/**
 * 法律援助 test material: files that pass (or fail) the evidence checks by their bytes, a valid request,
 * and cases in each state filed by the world's member in g1 (staffHere's union) through the router.
 */
const jpegHead = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01];
const pdfHead = [...Buffer.from('%PDF-1.7\n')];

export const fileBytes = (kind: 'jpeg' | 'pdf', size: number): Buffer => {
  const bytes = Buffer.alloc(size, 0x20);
  Buffer.from(kind === 'jpeg' ? jpegHead : pdfHead).copy(bytes);
  return bytes;
};

export const evidenceFile = (overrides: Partial<UploadEvidenceInput> = {}, size = 2048): UploadEvidenceInput => ({
  name: '工资条.jpg',
  contentType: 'image/jpeg',
  dataBase64: fileBytes('jpeg', size).toString('base64'),
  ...overrides,
});

export const story = '2026年10月和11月两个月的工资一共7200元，站点一直拖着不发，站长说平台没结算。';
export const contactPhone = '13912345678';

export const submitInput = (overrides: Partial<SubmitCaseInput> = {}): SubmitCaseInput => ({
  caseType: 'wageArrears',
  story,
  otherParty: { kind: 'company', name: '长青配送站' },
  amountClaimed: 7200,
  startedOn: '2026-10',
  contact: { phone: contactPhone, time: 'evening' },
  evidence: [],
  ...overrides,
});

const unwrap = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string } }, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.error)}`);
  return result.data;
};

export const uploadAs = async (world: World, as: string, file = evidenceFile()) =>
  unwrap(await world.call<{ id: string }>('legal', 'uploadEvidence', file, as), 'upload');

/** A 待受理 case by the world's member, optionally with evidence uploaded first. */
export const submittedCase = async (world: World, overrides: Partial<SubmitCaseInput> = {}, as = 'member') =>
  unwrap(await world.call<{ id: string; status: string; answerBy: number }>('legal', 'submit', submitInput(overrides), as), 'submit');

/** The worker's own view of a case (legal.detail), as `as` sees it. */
export const caseDetail = async (world: World, caseId: string, as = 'member') =>
  unwrap(await world.call<WorkerCaseView>('legal', 'detail', { caseId }, as), 'detail');

export const step = async (world: World, data: Record<string, unknown>, as = 'staffHere') =>
  unwrap(await world.call<{ status: string }>('legal', 'transition', data, as), `transition ${String(data.step)}`);

/** A case taken all the way to 已办结 by staffHere. */
export const closedCase = async (world: World, amountRecovered = 7200) => {
  const filed = await submittedCase(world);
  await step(world, { step: 'accept', caseId: filed.id });
  await step(world, { step: 'assign', caseId: filed.id, handler: { kind: 'self' } });
  await step(world, { step: 'close', caseId: filed.id, outcome: 'mediated', amountRecovered });
  return filed;
};

/** A partner lawyer recorded by the admin at `unionId`. */
export const recordedLawyer = async (world: World, unionId = 'root', name = '张建华') =>
  unwrap(
    await world.call<{ id: string }>('legal', 'saveLawyer', { unionId, name, firm: '江城律师事务所', phone: '13800001111' }, 'admin'),
    'saveLawyer',
  );
