import { demoIdentities } from './seed/demo-identities';
import { escapeHtml, pageOf, scriptJson } from './html';

/** The localStorage key the H5 transport reads the identity from (fixed with the app). */
export const devOpenidStorageKey = 'nuanxin.devOpenid';
export const homeRoute = '/#/pages/home/index';

/**
 * Runs in the browser. `next` may be a path or a full URL (the app sends `location.href`); only this
 * origin is accepted, so the page cannot be used to bounce someone to another site.
 */
const script = (labels: Record<string, string>) => `
const key = ${scriptJson(devOpenidStorageKey)};
const home = ${scriptJson(homeRoute)};
const labels = ${scriptJson(labels)};
const pattern = /^[A-Za-z0-9_-]{1,64}$/;
const params = new URLSearchParams(location.search);
function safeNext(raw) {
  if (!raw) return home;
  try {
    const url = new URL(raw, location.origin);
    if (url.origin !== location.origin || url.pathname.startsWith('/dev/sign-in')) return home;
    return url.pathname + url.search + url.hash;
  } catch (e) { return home; }
}
const next = safeNext(params.get('next'));
function current() { try { return localStorage.getItem(key); } catch (e) { return null; } }
function showCurrent() {
  const openid = current();
  const box = document.getElementById('current');
  box.textContent = openid ? '当前身份：' + (labels[openid] || '劳动者') + '（' + openid + '）' : '当前身份：还没有选择';
}
function signIn(openid) {
  if (!pattern.test(openid)) return;
  localStorage.setItem(key, openid);
  location.assign(next);
}
document.querySelectorAll('[data-openid]').forEach(function (button) {
  button.addEventListener('click', function () { signIn(button.getAttribute('data-openid')); });
});
document.getElementById('new-worker').addEventListener('click', function () {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  signIn('worker-' + Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join(''));
});
document.getElementById('sign-out').addEventListener('click', function () {
  localStorage.removeItem(key);
  showCurrent();
});
const as = params.get('as');
if (as && pattern.test(as)) signIn(as); else showCurrent();
`;

/** /dev/sign-in: big buttons, one per demo identity, from the same list the seed uses. */
export const renderSignInPage = (nonce: string): string => {
  const buttons = demoIdentities
    .map(
      (identity) => `<button type="button" data-openid="${escapeHtml(identity.openid)}">
<span class="label">${escapeHtml(identity.label)}</span>
<span class="desc">${escapeHtml(identity.description)}</span>
<span class="tag mono">${escapeHtml(identity.openid)}</span>
</button>`,
    )
    .join('\n');
  const labels = Object.fromEntries(demoIdentities.map((identity) => [identity.openid, identity.label]));
  return pageOf({
    title: '选择演示身份 · 暖新',
    nonce,
    body: `<h1>选择演示身份</h1>
<p class="hint">这是暖新的本地演示环境。选一个身份，就会进入网页版小程序。正式的微信小程序由微信确认身份，没有这一步。</p>
<p class="hint">Local demo only: pick who you are.</p>
<div class="current" id="current" role="status">当前身份：还没有选择</div>
<h2>演示身份</h2>
${buttons}
<h2>其他身份</h2>
<button type="button" id="new-worker"><span class="label">新的劳动者</span><span class="desc">随机生成一个还没入会的身份，可以反复体验入会。</span></button>
<button type="button" class="quiet" id="sign-out">退出当前身份</button>
<div class="nav"><a href="${homeRoute}">打开首页</a><a href="/dev/">开发面板（通知发件箱）</a></div>`,
    script: script(labels),
  });
};
