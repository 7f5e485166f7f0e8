import type { IncomingHttpHeaders } from 'node:http';

/**
 * The local host's only source of identity: the `x-dev-openid` header the H5 app sends for the demo
 * identity chosen on /dev/sign-in. A missing or malformed header means no identity at all (never a
 * guess or a default), so actions that need a caller answer AUTH.NO_IDENTITY. Production functions
 * never read it: there CloudBase injects the OPENID.
 */
export const devOpenidHeader = 'x-dev-openid';
export const devOpenidPattern = /^[A-Za-z0-9_-]{1,64}$/;

export const devOpenidOf = (headers: IncomingHttpHeaders): string | null => {
  const value = headers[devOpenidHeader];
  return typeof value === 'string' && devOpenidPattern.test(value) ? value : null;
};
