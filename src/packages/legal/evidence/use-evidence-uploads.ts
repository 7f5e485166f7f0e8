import { useRef, useState } from 'react';
import type { UploadedEvidence } from '@core/contracts/legal-views';
import type { UploadEvidenceInput } from '@core/contracts/legal-inputs';
import { newRequestId } from '../../../services/request-id';
import { uploadEvidence } from '../../../services/legal/upload-evidence';
import { pickEvidence, type EvidenceKind } from './pick-evidence';

/** A chosen file on its way up, or stuck: kept in memory with its requestId so 重试 stores it once. */
export interface PendingUpload {
  key: string;
  name: string;
  state: 'uploading' | 'failed';
  message: string | null;
  file: Required<UploadEvidenceInput>;
  requestId: string;
}

export interface EvidenceUploadsOptions {
  /** Files already uploaded (in the draft or the case): the picker offers only the room that is left. */
  room: number;
  onUploaded: (file: UploadedEvidence) => void;
  /** A file refused before sending (type, size), in words for a toast. */
  onRefused: (message: string) => void;
}

const retryable = (code: string) => code === 'INTERNAL' || code === 'REQUEST.IN_PROGRESS';

/**
 * Choosing evidence uploads it at once, one file after another (weak networks), so the draft only ever
 * holds ids of files the server has. A failed upload stays on screen with 重试 and 删除.
 */
export function useEvidenceUploads({ room, onUploaded, onRefused }: EvidenceUploadsOptions) {
  const [pending, setPending] = useState<PendingUpload[]>([]);
  const sequence = useRef(0);
  const patch = (key: string, change: Partial<PendingUpload> | null) =>
    setPending((items) => (change === null ? items.filter((item) => item.key !== key) : items.map((item) => (item.key === key ? { ...item, ...change } : item))));

  const send = async (item: PendingUpload) => {
    patch(item.key, { state: 'uploading', message: null });
    const result = await uploadEvidence(item.file, item.requestId);
    if (result.ok) {
      patch(item.key, null);
      onUploaded(result.data);
      return;
    }
    // A definite refusal is remembered by the server under this requestId: a retry needs a new one.
    patch(item.key, { state: 'failed', message: result.error.message, ...(retryable(result.error.code) ? {} : { requestId: newRequestId() }) });
  };

  const add = async (kind: EvidenceKind) => {
    const free = room - pending.length;
    if (free <= 0) return onRefused('证据已经够多了，先提交吧');
    const picked = await pickEvidence(kind, free);
    const items: PendingUpload[] = [];
    for (const choice of picked) {
      if (!choice.ok) {
        onRefused(`${choice.name}：${choice.problem}`);
        continue;
      }
      sequence.current += 1;
      items.push({ key: `u${sequence.current}`, name: choice.file.name, state: 'uploading', message: null, file: choice.file, requestId: newRequestId() });
    }
    setPending((current) => [...current, ...items]);
    for (const item of items) await send(item);
  };

  return {
    pending,
    add,
    retry: (key: string) => {
      const item = pending.find((candidate) => candidate.key === key);
      if (item) void send(item);
    },
    discard: (key: string) => patch(key, null),
    uploading: pending.some((item) => item.state === 'uploading'),
  };
}
