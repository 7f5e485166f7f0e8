import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { composeInMemory, type LocalComposition } from '../../composition/local.composition';
import type { Logger } from '../../ports/logger.port';
import type { ActionRegistry } from '../../runtime/router';
import { createLocalServer } from '../server';

export interface InProcessHost {
  origin: string;
  composition: LocalComposition;
  logs: string[];
  h5Dir: string;
  close(): Promise<void>;
}

/** The local host's server on a free port over an in-memory store: what the route tests talk to. */
export const startInProcessHost = async (options: {
  functions: Readonly<Record<string, ActionRegistry>>;
  h5Dir?: string;
  adminOpenids?: string[];
}): Promise<InProcessHost> => {
  const logs: string[] = [];
  const logger: Logger = {
    info: (message, meta) => logs.push(JSON.stringify({ message, ...meta })),
    error: (message, meta) => logs.push(JSON.stringify({ message, ...meta })),
  };
  const composition = composeInMemory({ logger, adminOpenids: options.adminOpenids });
  const ownH5Dir = options.h5Dir ? null : mkdtempSync(path.join(os.tmpdir(), 'nuanxin-h5-'));
  const h5Dir = options.h5Dir ?? ownH5Dir!;
  const server = createLocalServer({
    deps: { ports: composition.ports, adminOpenids: composition.adminOpenids },
    functions: options.functions,
    h5Dir,
    filesDir: composition.filesDir,
    logger,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    composition,
    logs,
    h5Dir,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      composition.close();
      if (ownH5Dir) rmSync(ownH5Dir, { recursive: true, force: true });
    },
  };
};

export const postJson = async (origin: string, fn: string, body: unknown, openid?: string, raw?: string) => {
  const response = await fetch(`${origin}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid !== undefined ? { 'x-dev-openid': openid } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, any> };
};
