import { act, fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { taroTest } from './taro';

/**
 * What a component test does to a page, each inside `act` so the page's calls (faked by fake-api.ts)
 * answer and it renders again before the test looks.
 */

/** Renders a page, after setting the router params it reads (when given). */
export const renderPage = async (page: ReactElement, params?: Record<string, string>) => {
  if (params) taroTest.setRouterParams(params);
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(page);
  });
  return view;
};

/** One tap: the Taro stand-ins take the DOM click as a tap. An element that is not there fails the test. */
export const tap = async (element: Element | null) => {
  if (!element) throw new Error('nothing to tap');
  await act(async () => {
    fireEvent.click(element);
  });
};

/** Types into a NutUI Input or TextArea, which listen for `change`. */
export const typeInto = async (input: Element | null, value: string) => {
  await act(async () => {
    fireEvent.change(input as HTMLInputElement, { target: { value } });
  });
};
