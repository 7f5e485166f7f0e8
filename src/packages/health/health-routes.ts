/** The 体检 subpackage's own pages (the entry pages are also in src/utils/navigate.ts). */
export const healthRoutes = {
  home: '/packages/health/index',
  plan: '/packages/health/plan',
  booking: '/packages/health/booking',
  staffHome: '/packages/health/staff/index',
  staffCheckIn: '/packages/health/staff/checkin',
  staffStats: '/packages/health/staff/stats',
  staffPlanForm: '/packages/health/staff/plan-form',
  staffSlots: '/packages/health/staff/slots',
} as const;
