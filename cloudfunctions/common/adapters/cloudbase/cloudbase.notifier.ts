import type { Logger } from '../../ports/logger.port';
import type { NotificationTemplate, Notifier } from '../../ports/notifier.port';
import type { CloudbaseApp } from './cloudbase.app';
import { settled } from './cloudbase.results';

/**
 * The Notifier port as WeChat subscribe messages (订阅消息), sent through CloudBase's open-API gateway
 * (`app.callWxOpenApi`, node-sdk's counterpart of wx-server-sdk's `cloud.openapi.subscribeMessage.send`;
 * the function needs `subscribeMessage.send` in its config.json `permissions.openapi`). The request is
 * the HTTPS API's body; the gateway supplies the access token.
 *
 * A notification is a courtesy, never part of the use case's outcome: a missing template id, a worker
 * who did not subscribe (errcode 43101) or a failed call is logged and dropped, never thrown. Logs
 * carry the template name and error code only — not the openid, not `data` (names, reasons).
 */
export const subscribeMessageApiName = '/cgi-bin/message/subscribe/send';

/** WeChat: 43101 — the user has not accepted (or has used up) this template's subscription. */
const notSubscribed = 43101;

export type MiniprogramState = 'formal' | 'trial' | 'developer';

export interface CloudbaseNotifierOptions {
  /** Template name → WeChat template id (`NUANXIN_TEMPLATE_IDS`). */
  templateIds: Readonly<Record<string, string>>;
  logger: Logger;
  /** Which mini-program version the message opens: `formal` unless testing a trial build. */
  miniprogramState?: MiniprogramState;
}

/** `NUANXIN_TEMPLATE_IDS` (`{"memberApproved":"AbC…"}`) → the map; anything malformed is logged and read as empty. */
export const templateIdsFrom = (text: string | undefined, logger: Logger): Record<string, string> => {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new TypeError('not an object');
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  } catch {
    logger.error('NUANXIN_TEMPLATE_IDS is not a JSON object of template ids; subscribe messages are off');
    return {};
  }
};

const errcodeOf = (result: unknown): number => {
  const body = settled(result).result;
  const errcode = body !== null && typeof body === 'object' ? (body as { errcode?: unknown }).errcode : undefined;
  return typeof errcode === 'number' ? errcode : 0;
};

export const createCloudbaseNotifier = (app: Pick<CloudbaseApp, 'callWxOpenApi'>, options: CloudbaseNotifierOptions): Notifier => ({
  notify: async (openid: string, template: NotificationTemplate, data: Record<string, string>, page: string) => {
    const templateId = Object.prototype.hasOwnProperty.call(options.templateIds, template) ? options.templateIds[template] : undefined;
    if (!templateId) {
      options.logger.error('subscribe message skipped: no template id configured', { template });
      return;
    }
    try {
      const errcode = errcodeOf(
        await app.callWxOpenApi({
          apiName: subscribeMessageApiName,
          requestData: {
            touser: openid,
            template_id: templateId,
            page,
            data: Object.fromEntries(Object.entries(data).map(([key, value]) => [key, { value }])),
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
