import type { Logger } from '../../ports/logger.port';
import type { NotificationTemplate, Notifier } from '../../ports/notifier.port';
import type { CloudbaseApp } from './cloudbase.app';
import { settled } from './cloudbase.results';
import { fitValue } from './cloudbase.subscribe-values';
import type { SubscribeTemplate } from './cloudbase.template-ids';

/**
 * The Notifier port as WeChat subscribe messages (订阅消息), sent through CloudBase's open-API gateway
 * (`app.callWxOpenApi`, node-sdk's counterpart of wx-server-sdk's `cloud.openapi.subscribeMessage.send`;
 * the function needs `subscribeMessage.send` in its config.json `permissions.openapi`). The request is
 * the HTTPS API's body; the gateway supplies the access token.
 *
 * A notification is a courtesy, never part of the use case's outcome: a missing template id, a worker
 * who did not subscribe (errcode 43101) or a failed call is logged and dropped, never thrown. Logs
 * carry the template name, error code and data key names only — not the openid, not a value (names,
 * reasons).
 *
 * A template's keywords are fixed by WeChat (`thing1`, `time2`…), ours are named for what they say
 * (`union`, `result`): `fields` in `NUANXIN_TEMPLATE_IDS` maps one to the other, and each value is
 * fitted to its keyword's type (cloudbase.subscribe-values) so WeChat does not refuse it (47003).
 */
export const subscribeMessageApiName = '/cgi-bin/message/subscribe/send';

/** WeChat: 43101 — the user has not accepted (or has used up) this template's subscription. */
const notSubscribed = 43101;

export type MiniprogramState = 'formal' | 'trial' | 'developer';

export interface CloudbaseNotifierOptions {
  /** Template name → its WeChat template (`NUANXIN_TEMPLATE_IDS`, read by subscribeTemplatesFrom). */
  templates: Readonly<Record<string, SubscribeTemplate>>;
  logger: Logger;
  /** Which mini-program version the message opens: `formal` unless testing a trial build. */
  miniprogramState?: MiniprogramState;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Our data as the template's keywords: each key through `fields` (none: the key as it is) and each value
 * fitted to its keyword. `dropped`: keys the template has no keyword for; `unfit`: values no keyword
 * of that type can hold. Both are left out, since WeChat refuses a message with an unknown keyword.
 */
export const keywordDataOf = (template: SubscribeTemplate, data: Readonly<Record<string, string>>) => {
  const keywords: Record<string, { value: string }> = {};
  const dropped: string[] = [];
  const unfit: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const keyword = template.fields === null ? key : hasOwn(template.fields, key) ? template.fields[key] : null;
    if (keyword === null) {
      dropped.push(key);
      continue;
    }
    const fitted = fitValue(keyword, value);
    if (fitted === null) unfit.push(key);
    else keywords[keyword] = { value: fitted };
  }
  return { keywords, dropped, unfit };
};

const errcodeOf = (result: unknown): number => {
  const body = settled(result).result;
  const errcode = body !== null && typeof body === 'object' ? (body as { errcode?: unknown }).errcode : undefined;
  return typeof errcode === 'number' ? errcode : 0;
};

export const createCloudbaseNotifier = (app: Pick<CloudbaseApp, 'callWxOpenApi'>, options: CloudbaseNotifierOptions): Notifier => ({
  notify: async (openid, template: NotificationTemplate, data, page) => {
    const chosen = hasOwn(options.templates, template) ? options.templates[template] : undefined;
    if (!chosen) {
      options.logger.error('subscribe message skipped: no template id configured', { template });
      return;
    }
    const { keywords, dropped, unfit } = keywordDataOf(chosen, data);
    if (dropped.length > 0 || unfit.length > 0) options.logger.info('subscribe message sent without some data', { template, dropped, unfit });
    try {
      const errcode = errcodeOf(
        await app.callWxOpenApi({
          apiName: subscribeMessageApiName,
          requestData: {
            touser: openid,
            template_id: chosen.id,
            page,
            data: keywords,
            miniprogram_state: options.miniprogramState ?? 'formal',
            lang: 'zh_CN',
          },
        }),
      );
      if (errcode === notSubscribed) options.logger.info('subscribe message not sent: user has not subscribed', { template, errcode });
      else if (errcode !== 0) options.logger.error('subscribe message refused', { template, errcode });
    } catch (error) {
      options.logger.error('subscribe message failed', { template, error: error instanceof Error ? error.message : String(error) });
    }
  },
});
