import type { IncomingMessage } from 'node:http';

export type BodyResult = { ok: true; value: unknown } | { ok: false; problem: 'tooLarge' | 'badJson' };

/**
 * 4 MB: a join form is under 2 KB, but a legal-aid evidence file (≤ 2 MB) travels in the call as base64
 * (≈ 2.7 MB) on its way to the Files port, as it does to a CloudBase function (whose limit is 6 MB).
 */
export const maxBodyBytes = 4 * 1024 * 1024;

/** Reads and parses a JSON body, stopping as soon as it passes `limit` bytes. */
export const readJsonBody = (request: IncomingMessage, limit = maxBodyBytes): Promise<BodyResult> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop buffering but keep draining, so the 413 can still be written on this connection.
        chunks.length = 0;
        settle({ ok: false, problem: 'tooLarge' });
        return;
      }
      if (!settled) chunks.push(chunk);
    });
    request.on('end', () => {
      if (settled) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        settle({ ok: true, value: text.trim() === '' ? undefined : JSON.parse(text) });
      } catch {
        settle({ ok: false, problem: 'badJson' });
      }
    });
    request.on('error', (error) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
  });
