/** Mainland mobile numbers: 11 digits starting 13-19. */
export const normalizePhone = (raw: string): string => raw.replace(/[\s-]+/g, '').replace(/^\+?86/, '');

export const isMobilePhone = (raw: string): boolean => /^1[3-9]\d{9}$/.test(normalizePhone(raw));
