import type { ServerResponse } from 'node:http';

/** Headers every answer carries: no MIME sniffing, no framing by other sites. */
const baseHeaders = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
} as const;

export const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...baseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
};

export const sendHtml = (response: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void => {
  response.writeHead(status, {
    ...baseHeaders,
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(html);
};

export const sendText = (response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void => {
  response.writeHead(status, {
    ...baseHeaders,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
};

export const redirect = (response: ServerResponse, location: string): void => {
  response.writeHead(302, { ...baseHeaders, location, 'content-length': 0 });
  response.end();
};

export { baseHeaders };
