/**
 * A value fitted to the subscribe-message keyword it fills, by the keyword id's type prefix (`thing3` is a
 * thing, `character_string12` a character_string). WeChat refuses the whole message (errcode 47003) when
 * one value breaks its type's rule, so a value is shortened where shortening keeps its meaning (a thing,
 * a name), reformatted where the meaning is exact (a time, an amount) and otherwise reported unfit
 * (`null`): the caller leaves it out rather than send something wrong.
 *
 * Rules: WeChat's 发送订阅消息 (sendMessage) doc, 订阅消息参数值内容限制说明. Where the doc is loose, the
 * choice is stated beside the type. No keyword may carry control characters (newlines) or emoji.
 */
type Fit = (value: string) => string | null;

/** China has one time zone and no daylight saving, so Asia/Shanghai is a fixed +08:00. */
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

const han = /\p{Script=Han}/u;
const lengthOf = (text: string) => [...text].length;

/** Control characters become spaces, emoji and invisible format characters go, spaces collapse. */
const plain = (value: string): string =>
  value
    .replace(/\p{Cc}|[\u2028\u2029]/gu, ' ')
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Cf}\uFE0E\uFE0F\u20E3]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Full-width digits, letters and signs as ASCII (`１２：３０` → `12:30`), all spaces removed. */
const compact = (value: string): string => plain(value).normalize('NFKC').replace(/\s+/g, '');

/** The first `max` characters, the last one `…` when something was cut. */
const shortened = (text: string, max: number, mark = '…'): string => {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - mark.length).join('').trimEnd()}${mark}`;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms → `2026年11月29日` and `14:00` in Asia/Shanghai. */
const shanghaiParts = (ms: number) => {
  const shifted = new Date(ms + shanghaiOffsetMs);
  return {
    day: `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`,
    clock: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
  };
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

/** An instant we send (epoch ms, or ISO 8601 — Asia/Shanghai when it names no zone), or a bare ISO day. */
const instantOf = (text: string): { ms: number; dayOnly: boolean } | null => {
  if (/^\d{12,13}$/.test(text)) return { ms: Number(text), dayOnly: false };
  if (isoDay.test(text)) {
    const ms = Date.parse(`${text}T00:00:00+08:00`);
    return Number.isNaN(ms) ? null : { ms, dayOnly: true };
  }
  const at = isoDateTime.exec(text);
  if (!at) return null;
  const zone = !at[3] ? '+08:00' : at[3] === 'Z' ? 'Z' : `${at[3].slice(0, 3)}:${at[3].slice(-2)}`;
  const ms = Date.parse(`${at[1]}T${at[2]}${zone}`);
  return Number.isNaN(ms) ? null : { ms, dayOnly: false };
};

/** Every day and clock time written in the text exists: no 2月30日, no 13月, no 24:10. */
const exists = (text: string): boolean => {
  for (const [, year, month, day] of text.matchAll(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/g)) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return false;
  }
  for (const [month] of text.matchAll(/(?<=\d{4}[-/.])\d{1,2}|\d{1,2}(?=月)/g)) if (Number(month) < 1 || Number(month) > 12) return false;
  for (const [, day] of text.matchAll(/(\d{1,2})日/g)) if (Number(day) < 1 || Number(day) > 31) return false;
  for (const [, hours, minutes, seconds = '0'] of text.matchAll(/(\d{1,2}):(\d{2})(?::(\d{2}))?/g)) {
    if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return false;
  }
  return true;
};

// Text already written as WeChat shows times: 14:00, 2026年11月29日, 11月29日 14:00, 2026-11-29, 2026/11/29 14:00…
const clockPattern = String.raw`\d{1,2}:\d{2}(?::\d{2})?`;
const dayPattern = String.raw`(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)`;
const timeText = new RegExp(`^(?:${dayPattern} ?)?${clockPattern}$`);
const dateText = new RegExp(`^${dayPattern}(?: ?${clockPattern})?$`);

/**
 * A time (`time`: a clock time, with its day) or a day (`date`: its clock time too unless midnight), as
 * `2026年11月29日 14:00`. Text already in a form WeChat accepts passes, a period's two ends joined by
 * `~` as WeChat asks (`12月3日 08:00-08:30` → `12月3日 08:00~08:30`); anything else is unfit.
 */
const moment =
  (kind: 'time' | 'date'): Fit =>
  (value) => {
    const text = plain(value).normalize('NFKC');
    if (!exists(text)) return null;
    const instant = instantOf(text);
    if (instant) {
      const { day, clock } = shanghaiParts(instant.ms);
      if (instant.dayOnly) return kind === 'date' ? day : null;
      return kind === 'date' && clock === '00:00' ? day : `${day} ${clock}`;
    }
    const period = text
      .replace(new RegExp(`(${clockPattern})\\s*[-–—至到]\\s*(${clockPattern})`), '$1~$2')
      .replace(/\s*~\s*/, '~');
    const [from, to, ...more] = period.split('~');
    const valid = (part: string) => (kind === 'time' ? timeText : dateText).test(part);
    if (more.length > 0 || !valid(from)) return null;
    return to === undefined || valid(to) || timeText.test(to) ? period : null;
  };

/** `12.5`, `￥1,200`, `30元` → `12.50元`, `1200元`, `30元`: at most 10 integer digits, cents rounded. */
const amount: Fit = (value) => {
  const parts = /^([¥$€£]?)(\d+)(?:\.(\d+))?(元?)$/.exec(compact(value).replace(/,/g, ''));
  if (!parts) return null;
  const [, currency, whole, fraction] = parts;
  let shown = whole.replace(/^0+(?=\d)/, '');
  if (fraction !== undefined) {
    const cents = Number(shown) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2)) + (fraction[2] !== undefined && fraction[2] >= '5' ? 1 : 0);
    shown = `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
  }
  if (shown.split('.')[0].length > 10) return null;
  return currency && currency !== '¥' ? `${currency}${shown}` : `${shown}元`;
};

/** `粤A8Z888挂`: at most 8, letters and digits, the first and last may be Chinese. */
const carNumber: Fit = (value) => {
  const chars = [...compact(value).replace(/[·•.\-]/g, '').toUpperCase()];
  const letterOrDigit = (char: string) => /^[A-Z0-9]$/.test(char);
  if (chars.length < 2 || chars.length > 8) return null;
  const ends = [chars[0], chars[chars.length - 1]].every((char) => letterOrDigit(char) || han.test(char));
  return ends && chars.slice(1, -1).every(letterOrDigit) ? chars.join('') : null;
};

const fits: Readonly<Record<string, Fit>> = {
  /** 20 characters of any kind; longer is cut to 19 and `…`. Empty becomes 无: WeChat refuses an empty value. */
  thing: (value) => shortened(plain(value) || '无', 20),
  /** 10 characters when any is Chinese (mixed counts as Chinese), else 20 letters or signs; cut, no `…`. */
  name: (value) => {
    const text = plain(value);
    return text ? shortened(text, han.test(text) ? 10 : 20, '') : null;
  },
  /** Up to 5 Chinese characters and nothing else; other characters are dropped. A longer phrase cannot be
   * cut without changing what it says (入会申请已通过 is not 入会申请已), so it is unfit. Empty becomes 无. */
  phrase: (value) => {
    const text = plain(value);
    if (!text) return '无';
    const chinese = [...text].filter((char) => han.test(char)).join('');
    return chinese && lengthOf(chinese) <= 5 ? chinese : null;
  },
  /** Up to 32 ASCII letters, digits and signs (a member number, a masked phone). An id is never cut. */
  character_string: (value) => {
    const text = compact(value);
    return /^[\x21-\x7e]{1,32}$/.test(text) ? text : null;
  },
  /** Up to 32 digits, decimals allowed; thousands commas are dropped. */
  number: (value) => {
    const text = compact(value).replace(/,/g, '');
    return /^\d+(?:\.\d+)?$/.test(text) && text.replace('.', '').length <= 32 ? text : null;
  },
  /** Up to 32 letters only. */
  letter: (value) => {
    const text = compact(value);
    return /^[A-Za-z]{1,32}$/.test(text) ? text : null;
  },
  /** Up to 5 signs (no letters, digits or Chinese). */
  symbol: (value) => {
    const text = compact(value);
    return /^[^\p{L}\p{N}]{1,5}$/u.test(text) ? text : null;
  },
  amount,
  /** Up to 17 digits and signs: `+86-0766-66888866`, a masked `138****5678`. */
  phone_number: (value) => {
    const text = compact(value);
    return /^[0-9+\-*#()]{1,17}$/.test(text) ? text : null;
  },
  car_number: carNumber,
  time: moment('time'),
  date: moment('date'),
  /** One of the values the template declares: we cannot know them, so only the characters are cleaned. */
  enum: (value) => plain(value) || null,
};

/** `thing3` → `thing`, `character_string12` → `character_string`; null for a key that is not a keyword id. */
export const keywordTypeOf = (key: string): string | null => /^([a-z]+(?:_[a-z]+)*)\d+$/.exec(key)?.[1] ?? null;

/**
 * `value` as the keyword `keyword` takes it, or null when it cannot be made to fit. A key that is not a
 * keyword id of a known type is left as it is (a plain-id template sends our keys unchanged).
 */
export const fitValue = (keyword: string, value: string): string | null => {
  const type = keywordTypeOf(keyword);
  return type !== null && Object.prototype.hasOwnProperty.call(fits, type) ? fits[type](value) : value;
};
