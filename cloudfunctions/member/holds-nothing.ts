/**
 * Whether a holder's export says "nothing here": null, an empty list, or an object of nothing but
 * those (`{ 案件: [], 未提交的证据: [] }`). Holders answer in their own shapes; the export and the
 * deletion preview list only the features that hold something.
 */
export const holdsNothing = (data: unknown): boolean => {
  if (data === null || data === undefined) return true;
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object') return Object.values(data as Record<string, unknown>).every(holdsNothing);
  return false;
};
