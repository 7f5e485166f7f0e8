import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../ports/logger.port';
import type { ActionRegistry, RouterDeps } from '../runtime/router';
import { handleApi } from './api.route';
import { renderDevPanelPage } from './dev-panel.page';
import { newNonce, pageSecurityHeaders } from './html';
import { sendOutbox } from './outbox.route';
import { redirect, sendHtml, sendJson, sendText } from './respond';
import { renderSignInPage } from './sign-in.page';
import { serveH5, serveStoredFile } from './static.route';

export interface LocalServerOptions {
  deps: RouterDeps;
  functions: Readonly<Record<string, ActionRegistry>>;
  /** The built H5 app (dist/h5). */
  h5Dir: string;
  /** The local Files adapter's folder, served under /files/. */
  filesDir: string;
  logger: Logger;
}

const apiPattern = /^\/api\/([A-Za-z][A-Za-z0-9]{0,31})$/;

const isRead = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';

/**
 * The local host (DESIGN.md "Two ways it runs"): one Node process serving the H5 app, the functions at
 * `POST /api/<fn>`, files, and the dev pages. Nothing here is part of any function bundle.
 */
export const createLocalServer = (options: LocalServerOptions): Server => {
  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://local');

    if (pathname.startsWith('/api/')) {
      const match = apiPattern.exec(pathname);
      return handleApi(request, response, match ? match[1] : '', {
        deps: options.deps,
        functions: options.functions,
        logger: options.logger,
      });
    }
    if (!isRead(request)) return sendText(response, 405, '不支持这个请求方式 (method not allowed)', { allow: 'GET, HEAD' });

    if (pathname === '/dev/sign-in') {
      const nonce = newNonce();
      return sendHtml(response, 200, renderSignInPage(nonce), pageSecurityHeaders(nonce));
    }
    if (pathname === '/dev') return redirect(response, '/dev/');
    if (pathname === '/dev/') {
      const nonce = newNonce();
      return sendHtml(response, 200, renderDevPanelPage(nonce), pageSecurityHeaders(nonce));
    }
    if (pathname === '/dev/api/outbox') return sendOutbox(response, options.deps.ports.store);
    if (pathname.startsWith('/dev/')) return sendText(response, 404, '找不到这个页面 (not found)');
    if (pathname.startsWith('/files/')) return serveStoredFile(request, response, options.filesDir, pathname.slice('/files/'.length));
    return serveH5(request, response, options.h5Dir, pathname);
  };

  return createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      options.logger.error('local host request failed', {
        path: (request.url ?? '').split('?')[0],
        error: error instanceof Error ? error.name : 'unknown',
      });
      if (!response.headersSent) {
        sendJson(response, 500, { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } });
      } else {
        response.destroy();
      }
    });
  });
};
