import type { UploadEvidenceInput } from '@core/contracts/legal-inputs';
import { base64ByteLength, evidenceProblem, evidenceProblemMessages, evidenceTypeOf } from '@core/rules/evidence';

/** A file a phone handed us, read as base64 and judged by the same rules the server uses. */
export type PickedFile = { ok: true; file: Required<UploadEvidenceInput>; size: number } | { ok: false; name: string; problem: string };

/** Types come from the bytes (a photo named `.png` that is a JPEG is sent as a JPEG), never from the name. */
export const judgePickedFile = (name: string, dataBase64: string, declaredType: string): PickedFile => {
  const contentType = evidenceTypeOf(dataBase64) ?? declaredType;
  const problem = evidenceProblem(dataBase64, contentType);
  if (problem) return { ok: false, name, problem: evidenceProblemMessages[problem] };
  return {
    ok: true,
    file: { name: name.slice(0, 80) || '证据', contentType: contentType as Required<UploadEvidenceInput>['contentType'], dataBase64 },
    size: base64ByteLength(dataBase64),
  };
};
