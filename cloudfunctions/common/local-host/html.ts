import { randomBytes } from 'node:crypto';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JSON safe to put inside a <script> element: `<` can never close it. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export const newNonce = (): string => randomBytes(16).toString('base64');

/** Only this page's own inline script and styles run: dev pages show data users typed (reasons). */
export const pageSecurityHeaders = (nonce: string): Record<string, string> => ({
  'content-security-policy': `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
});

/** Big text and touch targets, like the app itself: these pages are used on phones too. */
const sharedStyles = `
*{box-sizing:border-box}
body{margin:0;font:18px/1.6 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;background:#fff7f0;color:#2b2b2b}
main{max-width:640px;margin:0 auto;padding:24px 16px 48px}
h1{font-size:26px;margin:8px 0 4px;color:#b3261e}
h2{font-size:20px;margin:28px 0 12px}
p{margin:8px 0}
.hint{color:#5f5f5f;font-size:16px}
.tag{display:inline-block;font-size:14px;background:#fde4d3;color:#8a3a12;border-radius:6px;padding:0 8px}
code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:15px}
a{color:#b3261e}
button,.button{display:block;width:100%;min-height:56px;margin:12px 0;padding:14px 18px;border:2px solid #e8c4b0;border-radius:14px;background:#fff;color:inherit;font:inherit;text-align:left;text-decoration:none;cursor:pointer}
button:hover,.button:hover,button:focus-visible,.button:focus-visible{border-color:#b3261e;outline:none}
button.primary{background:#b3261e;border-color:#b3261e;color:#fff;text-align:center;font-weight:600}
button.quiet{min-height:48px;text-align:center;color:#5f5f5f}
.label{display:block;font-size:20px;font-weight:600}
.desc{display:block;font-size:16px;color:#5f5f5f}
.current{background:#fff;border-radius:12px;padding:12px 16px;margin:16px 0;border:1px dashed #e8c4b0}
.nav{display:flex;gap:16px;flex-wrap:wrap;font-size:16px;margin-top:24px}
`;

export const pageOf = (options: { title: string; nonce: string; body: string; script: string; styles?: string }): string => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<style nonce="${options.nonce}">${sharedStyles}${options.styles ?? ''}</style>
</head>
<body>
<main>
${options.body}
</main>
<script nonce="${options.nonce}">${options.script}</script>
</body>
</html>
`;
