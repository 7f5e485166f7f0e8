/**
 * Union paths are the tree written out (`/root/street/g1/`): a union's own path and each of its parents'
 * are its prefixes, so "which unions is this member under" needs no reads.
 */
export const pathsAbove = (path: string): string[] => {
  const segments = path.split('/').filter(Boolean);
  return segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}/`);
};
