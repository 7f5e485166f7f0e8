import { Unions } from '../common/collections/unions.collection';
import type { StaffScope } from '../common/runtime/access';
import { fail, type Failure } from '../common/runtime/action';
import type { Store } from '../common/ports/store.port';

/**
 * Whose figures a report covers: one union's subtree (asked for, or the caller's only grant), or
 * every subtree the caller serves. `paths` are the subtrees to sum; `groupDepth` is how many path
 * segments identify the rows of "by union" (the level below the focus, or each grant's union).
 */
export interface Focus {
  id: string | null;
  name: string;
  path: string;
  paths: readonly string[];
  groupDepth: number | null;
}

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

export const resolveFocus = async (
  store: Store,
  scope: StaffScope | null,
  unionId: string | undefined,
): Promise<Focus | Failure<'UNION.NOT_FOUND' | 'AUTH.FORBIDDEN'>> => {
  const unionPaths = scope?.unionPaths ?? [];
  let targetId = unionId;
  // A bootstrap admin covers the whole tree ('/'): focus on the root union when there is one.
  if (!targetId && unionPaths.length === 1 && unionPaths[0] === '/') {
    const roots = await store.find(Unions, { where: { parentId: null }, limit: 2 });
    if (roots.items.length === 1) targetId = roots.items[0]._id;
  }
  if (!targetId && unionPaths.length === 1 && unionPaths[0] !== '/') targetId = segmentsOf(unionPaths[0]).at(-1);

  if (targetId) {
    const union = await store.get(Unions, targetId);
    if (!union) return fail('UNION.NOT_FOUND', { fields: { unionId: '没有找到这个工会' } });
    if (!scope?.covers(union.path)) return fail('AUTH.FORBIDDEN');
    return { id: union._id, name: union.name, path: union.path, paths: [union.path], groupDepth: segmentsOf(union.path).length + 1 };
  }
  return { id: null, name: '我负责的工会', path: unionPaths[0] ?? '/', paths: unionPaths, groupDepth: null };
};

/** The union a counter's `unionPath` is grouped under in "by union". */
export const groupIdOf = (focus: Focus, unionPath: string): string | null => {
  const segments = segmentsOf(unionPath);
  if (focus.groupDepth !== null) return segments[Math.min(focus.groupDepth, segments.length) - 1] ?? null;
  const grant = focus.paths.find((path) => unionPath.startsWith(path));
  return grant ? (segmentsOf(grant).at(-1) ?? null) : null;
};
