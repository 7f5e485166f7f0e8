import type { NotificationData, NotificationTemplate } from '@core/enums/notification-templates';

export type { NotificationData, NotificationTemplate };

/**
 * Messages to one worker or staff member: a WeChat subscribe message in production, the outbox
 * collection locally. Templates are named in @core/enums/notification-templates (the app asks for
 * the same names), mapped to WeChat template ids in the adapter. `data` has exactly the keys listed
 * for the template there: the subscribe-message adapter maps those keys to the template's keywords.
 */

export interface Notifier {
  notify<T extends NotificationTemplate>(openid: string, template: T, data: NotificationData<T>, page: string): Promise<void>;
}
