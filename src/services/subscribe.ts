import Taro from '@tarojs/taro';
import type { NotificationTemplate } from '@core/enums/notification-templates';

/** WeChat shows at most three templates in one request. */
const perRequest = 3;

/**
 * `NUANXIN_TEMPLATE_IDS`, baked in by config/index.ts: template name → WeChat template id, or the
 * functions' `{ id, fields }` of which only the id matters here.
 */
const templateIds = (): Record<string, unknown> => {
  try {
    const parsed: unknown = JSON.parse(process.env.NUANXIN_TEMPLATE_IDS || '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

const idOf = (entry: unknown): unknown => (entry !== null && typeof entry === 'object' ? (entry as { id?: unknown }).id : entry);

/**
 * Asks the person to let these messages through (订阅消息): WeChat delivers a subscribe message only
 * to someone who accepted it during a tap. Call it in the tap handler itself, before any await (after
 * one, WeChat refuses: "can only be invoked by user TAP gesture"), and before the request it goes with.
 * Most important first: only the first three with an id are asked. Weapp only; never throws and
 * never waits — a refusal is the user's right and the tap goes on.
 */
export function askToBeNotified(templates: readonly NotificationTemplate[]): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const ids = templateIds();
  const tmplIds = [...new Set(templates.map((name) => (Object.prototype.hasOwnProperty.call(ids, name) ? idOf(ids[name]) : null)))]
    .filter((id): id is string => typeof id === 'string' && id !== '')
    .slice(0, perRequest);
  if (tmplIds.length === 0) return;
  try {
    Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option).catch(() => undefined);
  } catch {
    // A base library without the API: nothing to ask.
  }
}
