import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { localFileTypeOf, resolveLocalFile } from '../adapters/local/local.files';
import { contentTypeOf } from './content-types';
import { baseHeaders, sendHtml, sendText } from './respond';

const fileAt = async (filePath: string) => {
  try {
    const info = await stat(filePath);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
};

/** Streams one file; answers 304 when the browser's copy (by size and mtime) is current. */
const sendFile = async (request: IncomingMessage, response: ServerResponse, filePath: string, contentType: string) => {
  const info = await fileAt(filePath);
  if (!info) return sendText(response, 404, '找不到这个文件 (not found)');
  const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  // Revalidate every time: a rebuilt H5 app must show up on the next reload.
  const headers = { ...baseHeaders, 'content-type': contentType, etag, 'cache-control': 'no-cache' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    return response.end();
  }
  response.writeHead(200, { ...headers, 'content-length': info.size });
  if (request.method === 'HEAD') return response.end();
  createReadStream(filePath)
    .on('error', () => response.destroy())
    .pipe(response);
};

const decodedPath = (urlPath: string): string | null => {
  try {
    const decoded = decodeURIComponent(urlPath);
    return decoded.includes('\0') || decoded.includes('\\') ? null : decoded;
  } catch {
    return null;
  }
};

const notBuiltPage = `<!doctype html><meta charset="utf-8"><title>暖新</title>
<body style="font:18px/1.6 system-ui,sans-serif;max-width:560px;margin:40px auto;padding:0 16px">
<h1>网页版还没有构建</h1><p>请先运行 <code>npm run build:h5</code>，或者直接用 <code>npm start</code>（会自动构建）。</p>
<p>The H5 app is not built yet: run <code>npm run build:h5</code> or <code>npm start</code>.</p>
<p><a href="/dev/">打开开发面板</a> · 接口 <code>POST /api/&lt;function&gt;</code> 可以正常使用。</p></body>`;

/**
 * The built H5 app (dist/h5). It routes by hash (`/#/pages/home/index`), so only `/` needs the
 * index.html fallback; extension-less paths get it too, so a stray reload never shows a 404.
 */
export const serveH5 = async (request: IncomingMessage, response: ServerResponse, h5Dir: string, urlPath: string) => {
  const root = path.resolve(h5Dir);
  const indexFile = path.join(root, 'index.html');
  const decoded = decodedPath(urlPath);
  if (decoded === null) return sendText(response, 400, '地址不正确 (bad path)');

  const target = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return sendText(response, 404, '找不到这个文件 (not found)');

  const candidate = target === root ? indexFile : target;
  if (await fileAt(candidate)) return sendFile(request, response, candidate, contentTypeOf(candidate));
  if (!(await fileAt(indexFile))) return sendHtml(response, 503, notBuiltPage);
  if (path.extname(candidate) === '') return sendFile(request, response, indexFile, contentTypeOf(indexFile));
  return sendText(response, 404, '找不到这个文件 (not found)');
};

/** `/files/<folder>/<uuid>.<ext>`: what the local Files adapter stored, by the rules it stored it with. */
export const serveStoredFile = async (request: IncomingMessage, response: ServerResponse, filesDir: string, relative: string) => {
  const decoded = decodedPath(relative);
  const contentType = decoded === null ? null : localFileTypeOf(decoded);
  if (decoded === null || contentType === null) return sendText(response, 404, '找不到这个文件 (not found)');
  let filePath: string;
  try {
    filePath = resolveLocalFile(filesDir, decoded);
  } catch {
    return sendText(response, 404, '找不到这个文件 (not found)');
  }
  return sendFile(request, response, filePath, contentType);
};
