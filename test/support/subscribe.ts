import { act, fireEvent } from '@testing-library/react';
import { notificationTemplateNames } from '@core/enums/notification-templates';
import { cloud, requestSubscribeMessage } from './taro';

/** A made-up WeChat template id that says which template it stands for. */
export const templateIdOf = (name: string) => `tmpl-${name}`;

/** `NUANXIN_TEMPLATE_IDS` with an id for every template. */
export const everyTemplateId: Record<string, string> = Object.fromEntries(notificationTemplateNames.map((name) => [name, templateIdOf(name)]));

/** Runs the code under test as the weapp build made with these template ids; returns the undo. */
export const runAsWeapp = (templateIds: Record<string, string> = everyTemplateId) => {
  const before = { env: process.env.TARO_ENV, ids: process.env.NUANXIN_TEMPLATE_IDS };
  process.env.TARO_ENV = 'weapp';
  process.env.NUANXIN_TEMPLATE_IDS = JSON.stringify(templateIds);
  return () => {
    process.env.TARO_ENV = before.env;
    if (before.ids === undefined) delete process.env.NUANXIN_TEMPLATE_IDS;
    else process.env.NUANXIN_TEMPLATE_IDS = before.ids;
  };
};

/** What each `requestSubscribeMessage` call asked for, as template names. */
export const askedTemplates = () => requestSubscribeMessage.mock.calls.map(([options]) => options.tmplIds.map((id) => id.replace(/^tmpl-/, '')));

/** One tap, and what it asked for before its handler returned: WeChat refuses an ask made after an await. */
export const tapAskingInTap = async (element: Element | null) => {
  if (!element) throw new Error('nothing to tap');
  let asked: string[][] = [];
  await act(async () => {
    fireEvent.click(element);
    asked = askedTemplates();
  });
  return asked;
};

/** The first ask came before the first `fn.action` request went out through `Taro.cloud.callFunction`. */
export const askedBeforeSending = (fn: string, action: string) => {
  const sent = cloud.callFunction.mock.calls.findIndex(([options]) => options.name === fn && (options.data as { action?: string }).action === action);
  const asked = requestSubscribeMessage.mock.invocationCallOrder[0];
  return sent >= 0 && asked !== undefined && asked < cloud.callFunction.mock.invocationCallOrder[sent];
};
