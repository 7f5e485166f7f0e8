import { normalizeIdNumber } from './id-number';
import { normalizePhone } from './phone';

/** 530321********1234: keeps the area code and last four, hides the birth date. */
export const maskIdNumber = (raw: string): string => {
  const id = normalizeIdNumber(raw);
  return `${id.slice(0, 6)}${'*'.repeat(Math.max(id.length - 10, 0))}${id.slice(-4)}`;
};

/** 138****5678 */
export const maskPhone = (raw: string): string => {
  const phone = normalizePhone(raw);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
};

/** 张*明 / 李* : for lists seen by people other than the worker and the reviewing staff. */
export const maskName = (name: string): string => {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
};
