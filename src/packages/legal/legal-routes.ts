/** The legal-aid subpackage's own pages (the entry pages are also in src/utils/navigate.ts). */
export const legalRoutes = {
  home: '/packages/legal/index',
  apply: '/packages/legal/apply',
  case: '/packages/legal/case',
  staffQueue: '/packages/legal/staff/queue',
  staffCase: '/packages/legal/staff/case',
  staffSettings: '/packages/legal/staff/settings',
} as const;
