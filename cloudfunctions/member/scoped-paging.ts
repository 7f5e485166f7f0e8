import { InvalidCursorError, type Page } from '../common/ports/store.port';

/**
 * Pages through several union subtrees one after another (a reviewer may hold grants in unrelated
 * unions). The cursor remembers which subtree it is in and that subtree's own cursor.
 */
export const scopedPage = async <T>(
  unionPaths: readonly string[],
  cursor: string | null,
  pageOf: (unionPath: string, cursor: string | null) => Promise<Page<T>>,
): Promise<Page<T>> => {
  let { index, inner } = decode(cursor);
  while (index < unionPaths.length) {
    const page = await pageOf(unionPaths[index], inner);
    if (page.nextCursor) return { items: page.items, nextCursor: encode(index, page.nextCursor) };
    const nextIndex = index + 1;
    if (page.items.length > 0 || nextIndex >= unionPaths.length) {
      return { items: page.items, nextCursor: nextIndex < unionPaths.length ? encode(nextIndex, null) : null };
    }
    index = nextIndex;
    inner = null;
  }
  return { items: [], nextCursor: null };
};

const encode = (index: number, inner: string | null) => Buffer.from(JSON.stringify([index, inner])).toString('base64url');

const decode = (cursor: string | null): { index: number; inner: string | null } => {
  if (!cursor) return { index: 0, inner: null };
  try {
    const [index, inner] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (Number.isInteger(index) && (index as number) >= 0 && (inner === null || typeof inner === 'string')) {
      return { index: index as number, inner: inner as string | null };
    }
  } catch {
    // not JSON: not a cursor we made
  }
  throw new InvalidCursorError();
};
