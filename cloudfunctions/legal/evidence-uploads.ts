import { randomUUID } from 'node:crypto';
import type { UploadedEvidence } from '@core/contracts/legal-views';
import type { UploadEvidenceInput } from '@core/contracts/legal-inputs';
import type { EvidenceFile } from '../common/collections/legal-cases.collection';
import { LegalUploads, type LegalUploadDoc } from '../common/collections/legal-uploads.collection';
import type { DocumentOps } from '../common/ports/store.port';
import { fail, type Failure } from '../common/runtime/action';
import type { Ports } from '../common/runtime/ports';
import type { Abort } from '../common/runtime/transaction';

/** Uploads not yet in any case that one worker may hold: a full form's worth and more, but no dumping ground. */
export const maxPendingUploads = 20;
/** An upload no submission took within a week is removed (the draft that held it is long gone). */
export const uploadTtlMs = 7 * 24 * 60 * 60 * 1000;
/** Files live in the Files port under this folder. */
export const evidenceFolder = 'legal';

export const toUploadedEvidence = (upload: LegalUploadDoc): UploadedEvidence => ({
  id: upload._id,
  name: upload.name,
  contentType: upload.contentType,
  size: upload.size,
});

/** Removes the worker's expired unattached uploads, files first, so nothing is left pointing nowhere. */
export const removeStaleUploads = async (ports: Pick<Ports, 'store' | 'files'>, owner: string, now: number): Promise<void> => {
  const stale = await ports.store.find(LegalUploads, { where: { owner, caseId: null, createdAt: { $lt: now - uploadTtlMs } }, limit: 100 });
  for (const upload of stale.items) {
    await ports.files.remove(upload.fileId);
    await ports.store.remove(LegalUploads, upload._id);
  }
};

/** Stores the (already checked) bytes and records the upload; a failed record takes its file with it. */
export const storeUpload = async (ports: Pick<Ports, 'store' | 'files' | 'clock'>, owner: string, input: Required<UploadEvidenceInput>): Promise<LegalUploadDoc> => {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const fileId = await ports.files.put(evidenceFolder, { name: input.name, contentType: input.contentType, bytes });
  const upload: LegalUploadDoc = {
    _id: randomUUID(),
    owner,
    fileId,
    name: input.name,
    contentType: input.contentType,
    size: bytes.length,
    createdAt: ports.clock.now(),
    caseId: null,
  };
  try {
    await ports.store.insert(LegalUploads, upload);
  } catch (error) {
    await ports.files.remove(fileId).catch(() => undefined);
    throw error;
  }
  return upload;
};

const uploadMissing = (field: string): Failure<'LEGAL.UPLOAD_NOT_FOUND'> =>
  fail('LEGAL.UPLOAD_NOT_FOUND', { fields: { [field]: '这份证据没有找到，请删掉后重新添加' } });

/**
 * Inside the case's transaction: takes the worker's own unattached uploads into the case. An id that is
 * unknown, someone else's or already in a case aborts the whole write.
 */
export const attachUploads = async (
  tx: DocumentOps,
  abort: Abort<'LEGAL.UPLOAD_NOT_FOUND'>,
  request: { owner: string; uploadIds: readonly string[]; caseId: string; at: number; field: string },
): Promise<EvidenceFile[]> => {
  const files: EvidenceFile[] = [];
  for (const id of request.uploadIds) {
    const upload = await tx.get(LegalUploads, id);
    if (!upload || upload.owner !== request.owner || upload.caseId !== null) abort(uploadMissing(request.field));
    const { fileId, name, contentType, size } = upload!;
    await tx.update(LegalUploads, id, { $set: { caseId: request.caseId } });
    files.push({ id, fileId, name, contentType, size, addedAt: request.at });
  }
  return files;
};
