import { z } from 'zod';
import { notificationTemplates } from '@core/enums/notification-templates';
import type { Logger } from '../../ports/logger.port';

/**
 * `NUANXIN_TEMPLATE_IDS`: template name → the WeChat template chosen for it (订阅消息 → 选用模板), as
 * either its id alone — our data keys are sent as they are — or `{ "id": …, "fields": { "union":
 * "thing1", … } }`, which maps each data key to the template's keyword id (type + position). The app
 * reads the same JSON at build time and needs only the ids (config/index.ts).
 */
const KeywordIdSchema = z.string().regex(/^[a-z]+(?:_[a-z]+)*\d+$/, 'a keyword id such as thing1 or character_string2');

const FieldsSchema = z
  .record(z.string(), KeywordIdSchema)
  .refine((fields) => new Set(Object.values(fields)).size === Object.keys(fields).length, 'two data keys fill one keyword');

export const SubscribeTemplateSchema = z
  .union([z.string().min(1), z.object({ id: z.string().min(1), fields: FieldsSchema.optional() }).strict()])
  .transform((entry) => (typeof entry === 'string' ? { id: entry, fields: null } : { id: entry.id, fields: entry.fields ?? null }));

/** One template as the notifier uses it: `fields` null sends our keys unchanged. */
export type SubscribeTemplate = z.output<typeof SubscribeTemplateSchema>;

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The setting read once, when the function starts. Broken JSON turns subscribe messages off (logged);
 * a broken entry or an unknown template name skips that entry (logged, names only); an empty id means
 * "not chosen yet" and is skipped quietly. `fields` naming a key the template never sends is logged
 * and kept: it does no harm, but is probably a typo of one that is sent.
 */
export const subscribeTemplatesFrom = (text: string | undefined, logger: Logger): Record<string, SubscribeTemplate> => {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    logger.error('NUANXIN_TEMPLATE_IDS is not a JSON object of template ids; subscribe messages are off');
    return {};
  }
  const templates: Record<string, SubscribeTemplate> = {};
  const malformed: string[] = [];
  const unknown: string[] = [];
  for (const [name, entry] of Object.entries(parsed)) {
    if (entry === '') continue;
    if (!hasOwn(notificationTemplates, name)) {
      unknown.push(name);
      continue;
    }
    const read = SubscribeTemplateSchema.safeParse(entry);
    if (!read.success) {
      malformed.push(name);
      continue;
    }
    templates[name] = read.data;
    const sent: readonly string[] = notificationTemplates[name as keyof typeof notificationTemplates].data;
    const strays = Object.keys(read.data.fields ?? {}).filter((key) => !sent.includes(key));
    if (strays.length > 0) logger.error('NUANXIN_TEMPLATE_IDS maps data keys this template never sends', { template: name, keys: strays, sent });
  }
  if (malformed.length > 0 || unknown.length > 0) {
    logger.error('NUANXIN_TEMPLATE_IDS entries skipped: an id or { id, fields: { dataKey: keywordId } } is expected, under a listed template name', {
      malformed,
      unknown,
    });
  }
  return templates;
};
