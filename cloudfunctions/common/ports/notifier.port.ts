/**
 * Messages to one worker or staff member: a WeChat subscribe message in production, the outbox
 * collection locally. Templates are named here, mapped to WeChat template ids in the adapter.
 */
export type NotificationTemplate = 'memberApproved' | 'memberRejected' | (string & {});

export interface Notifier {
  notify(openid: string, template: NotificationTemplate, data: Record<string, string>, page: string): Promise<void>;
}
