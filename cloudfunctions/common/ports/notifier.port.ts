import type { NotificationTemplate } from '@core/enums/notification-templates';

export type { NotificationTemplate };

/**
 * Messages to one worker or staff member: a WeChat subscribe message in production, the outbox
 * collection locally. Templates are named in @core/enums/notification-templates (the app asks for
 * the same names), mapped to WeChat template ids in the adapter.
 */

export interface Notifier {
  notify(openid: string, template: NotificationTemplate, data: Record<string, string>, page: string): Promise<void>;
}
