import { idNumberCheckChar } from '@core/rules/id-number';

/**
 * Valid GB 11643 numbers for test people: a real area code (530321, 青山 stands in for 曲靖), a real
 * birth date and the computed check character, so the server's checksum accepts them.
 */
export const testIdNumber = (serial: number, area = '530321', birthDate = '19920315'): string => {
  const first17 = `${area}${birthDate}${String(serial % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17)}`;
};

/** Distinct mobile numbers: 139 0000 0000 + serial. */
export const testPhone = (serial: number): string => `139${String(serial).padStart(8, '0')}`;
