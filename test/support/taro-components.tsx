/**
 * `@tarojs/components` as plain DOM for component tests (jest.config.js maps it here): View→div,
 * Text→span, Button→button, Input→input whose handlers get Taro's `e.detail.value`. Taro's `onClick`
 * is the DOM click, so `fireEvent.click` is a tap.
 */
import { createElement, forwardRef, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; className?: string };

/** Drops Taro-only props that React would warn about on DOM elements. */
const domProps = (props: Props) => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (/^(hoverClass|hoverStyle|hoverStayTime|hoverStartTime|catchMove|ariaRole|placeholderClass|placeholderStyle|confirmType|confirmHold|adjustPosition|holdKeyboard|cursorSpacing|alwaysEmbed|formType|openType|lang|sessionFrom|sendMessageTitle|sendMessagePath|sendMessageImg|showMessageCard|appParameter|scrollY|scrollX|scrollTop|scrollLeft|scrollWithAnimation|scrollIntoView|enableFlex|showCount|enhanced|showScrollbar|mode|lazyLoad|nativeProps|autoHeight|fixed|showConfirmBar|disableDefaultPadding|focus|password|maxlength|userSelect|decode|space|selectable|catchtouchmove)$/.test(key))
      continue;
    out[key] = value;
  }
  for (const [key, value] of Object.entries(out)) {
    // Taro spells ARIA in camel case (ariaChecked); the DOM wants aria-checked.
    if (/^aria[A-Z]/.test(key)) {
      delete out[key];
      out[`aria-${key.slice(4).toLowerCase()}`] = value;
    }
  }
  if (props.ariaRole) out.role = props.ariaRole;
  return out;
};

const make = (tag: string, name: string) => {
  const component = forwardRef<HTMLElement, Props>((props, ref) => createElement(tag, { ...domProps(props), ref }));
  component.displayName = name;
  return component;
};

export const View = make('div', 'View');
export const Text = make('span', 'Text');
export const Label = make('label', 'Label');
export const ScrollView = make('div', 'ScrollView');
export const Image = make('img', 'Image');
export const Button = make('button', 'Button');
export const Form = make('form', 'Form');
/** Its children are the trigger; the native wheel has no DOM stand-in, so tests set dates through other means. */
export const Picker = make('div', 'Picker');

const detailOf = (event: { target: EventTarget | null }) => ({ value: (event.target as HTMLInputElement).value });

const field = (tag: 'input' | 'textarea', name: string) => {
  const component = forwardRef<HTMLElement, Props>((props, ref) => {
    const { onInput, onBlur, onFocus, onConfirm, maxlength, value, ...rest } = props as Props & {
      onInput?: (e: object) => void;
      onBlur?: (e: object) => void;
      onFocus?: (e: object) => void;
      onConfirm?: (e: object) => void;
      maxlength?: number;
      value?: string;
    };
    return createElement(tag, {
      ...domProps(rest),
      ref,
      value: value ?? '',
      maxLength: maxlength,
      onChange: (e: { target: EventTarget | null; currentTarget: EventTarget | null }) =>
        onInput?.({ detail: detailOf(e), target: e.target, currentTarget: e.target }),
      onBlur: (e: { target: EventTarget | null }) => onBlur?.({ detail: detailOf(e), target: e.target }),
      onFocus: (e: { target: EventTarget | null }) => onFocus?.({ detail: { ...detailOf(e), height: 0 }, target: e.target }),
      onKeyDown: (e: { key: string; target: EventTarget | null }) => {
        if (e.key === 'Enter') onConfirm?.({ detail: detailOf(e), target: e.target });
      },
    });
  });
  component.displayName = name;
  return component;
};

export const Input = field('input', 'Input');
export const Textarea = field('textarea', 'Textarea');
