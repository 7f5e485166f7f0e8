import { everyone, type ActionCase } from './define';

/** Staff see their own subtree; workers and members see no report at all. */
const staffOnly = everyone('denied', { staffHere: 'ok', staffElsewhere: 'ok', admin: 'ok' });

export const statsCases: ActionCase[] = [
  { fn: 'stats', action: 'dashboard', input: () => ({}), expect: staffOnly },
  { fn: 'stats', action: 'export', input: () => ({ kind: 'members' }), expect: staffOnly },
];
