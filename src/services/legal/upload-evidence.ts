import type { UploadEvidenceInput } from '@core/contracts/legal-inputs';
import { call } from '../call';

/** Sends one evidence file (base64, ≤ 2 MB) to be kept until the request is submitted; the requestId makes a retry store it once. */
export const uploadEvidence = (file: UploadEvidenceInput, requestId: string) => call('legal', 'uploadEvidence', file, { requestId });
