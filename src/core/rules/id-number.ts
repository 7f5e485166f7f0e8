/**
 * 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd for men)
 * and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

export const normalizeIdNumber = (raw: string): string => raw.replace(/\s+/g, '').toUpperCase();

export const idNumberCheckChar = (first17: string): string => {
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return checkChars[sum % 11];
};

export type IdNumberProblem = 'length' | 'format' | 'birthDate' | 'checksum';

/** Why an ID number is wrong, or null when it is a well-formed number; `today` bounds the birth date. */
export const idNumberProblem = (raw: string, today: Date = new Date()): IdNumberProblem | null => {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18) return 'length';
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return 'format';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth.getTime() > today.getTime()) return 'birthDate';
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return 'checksum';
  return null;
};

export const idNumberProblemMessages: Record<IdNumberProblem, string> = {
  length: '身份证号应为18位',
  format: '身份证号只能包含数字，最后一位可以是X',
  birthDate: '身份证号中的出生日期不正确',
  checksum: '身份证号校验不通过，请逐位核对',
};

export const isValidIdNumber = (raw: string, today?: Date): boolean => idNumberProblem(raw, today) === null;

/** Birth year, for age bands in reports; never stored beside the number in plain text. */
export const birthYearOf = (id: string): number => Number(normalizeIdNumber(id).slice(6, 10));
