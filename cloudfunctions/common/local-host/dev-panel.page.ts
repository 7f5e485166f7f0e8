import { notificationTemplates } from '@core/enums/notification-templates';
import { escapeHtml, pageOf, scriptJson } from './html';
import { demoDriveId } from './seed/drives.seed';
import { demoIdentities, demoOpenids } from './seed/demo-identities';
import { homeRoute } from './sign-in.page';

/** Names of the templates use cases send, for people reading the panel. */
const templateLabels: Record<string, string> = Object.fromEntries(Object.entries(notificationTemplates).map(([name, { label }]) => [name, label]));

const signInAs = (openid: string, next: string) =>
  `/dev/sign-in?as=${encodeURIComponent(openid)}&next=${encodeURIComponent(next)}`;

/** Runs in the browser: polls the outbox every 2 s and renders it with textContent only. */
const script = `
const templateLabels = ${scriptJson(templateLabels)};
const list = document.getElementById('outbox');
const status = document.getElementById('status');
const format = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
function signInLink(openid, page) {
  const next = '/#/' + String(page || 'pages/home/index').replace(/^\\/+/, '');
  return '/dev/sign-in?as=' + encodeURIComponent(openid) + '&next=' + encodeURIComponent(next);
}
function render(items) {
  list.replaceChildren();
  if (items.length === 0) {
    list.append(el('p', 'empty', '还没有通知。工作人员审核一份入会申请后，发给劳动者的消息会出现在这里。'));
    return;
  }
  for (const item of items) {
    const card = el('article', 'message');
    const head = el('div', 'head');
    head.append(el('strong', '', templateLabels[item.template] || item.template));
    head.append(el('span', 'tag mono', item.template));
    head.append(el('time', 'hint', format.format(new Date(item.at))));
    card.append(head);
    card.append(el('div', '', '发给：' + (item.who ? item.who + '（' + item.openid + '）' : item.openid)));
    const data = el('dl', 'data');
    for (const [key, value] of Object.entries(item.data)) {
      data.append(el('dt', 'mono', key));
      data.append(el('dd', '', value));
    }
    card.append(data);
    const link = el('a', '', '以 TA 的身份打开：' + item.page);
    link.href = signInLink(item.openid, item.page);
    card.append(link);
    list.append(card);
  }
}
async function refresh() {
  try {
    const response = await fetch('/dev/api/outbox', { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    const body = await response.json();
    render(body.items);
    status.textContent = '每 2 秒自动刷新 · 最近一次 ' + format.format(new Date()).slice(-8);
  } catch (e) {
    status.textContent = '连不上本地服务，稍后自动重试';
  }
}
refresh();
setInterval(refresh, 2000);
`;

const styles = `
.message{background:#fff;border:1px solid #e8c4b0;border-radius:12px;padding:12px 16px;margin:12px 0}
.head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.head time{margin-left:auto}
.data{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}
.data dt{color:#5f5f5f}.data dd{margin:0}
.empty{color:#5f5f5f;background:#fff;border-radius:12px;padding:16px}
`;

/** /dev/: who to be, the demo drive's join link, and the notification outbox. */
export const renderDevPanelPage = (nonce: string): string => {
  const identities = demoIdentities
    .map((identity) => `<a class="button" href="${escapeHtml(signInAs(identity.openid, homeRoute))}"><span class="label">${escapeHtml(identity.label)}</span><span class="desc mono">${escapeHtml(identity.openid)}</span></a>`)
    .join('\n');
  const driveLink = signInAs(demoOpenids.worker, `/#/packages/join/index?drive=${demoDriveId}`);
  return pageOf({
    title: '开发面板 · 暖新',
    nonce,
    styles,
    body: `<h1>开发面板</h1>
<p class="hint">本地演示用：切换身份、模拟扫码、查看发出的通知。Local dev panel.</p>
<h2>通知发件箱</h2>
<p class="hint">正式环境里这些是微信订阅消息，本地先记在这里。<span id="status" role="status"></span></p>
<section id="outbox" aria-live="polite"></section>
<h2>模拟扫码入会</h2>
<a class="button" href="${escapeHtml(driveLink)}"><span class="label">以“普通劳动者”扫描活动二维码</span><span class="desc mono">/#/packages/join/index?drive=${escapeHtml(demoDriveId)}</span></a>
<h2>切换身份</h2>
${identities}
<div class="nav"><a href="/dev/sign-in">选择身份页</a><a href="${homeRoute}">打开首页</a></div>`,
    script,
  });
};
