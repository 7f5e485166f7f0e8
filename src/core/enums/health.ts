import { z } from 'zod';
import { healthItems } from './health-labels';

export * from './health-labels';

/** The 体检 enums as schemas, for contracts and collections; labels live in health-labels.ts. */
export const BookingStatusSchema = z.enum(['booked', 'checkedIn', 'noShow', 'cancelled']);
export const SiteKindSchema = z.enum(['hospital', 'bus'], { errorMap: () => ({ message: '请选择医院或流动体检车' }) });
export const HealthItemSchema = z.enum(healthItems, { errorMap: () => ({ message: '请从列表中选择检查项目' }) });
export const BookingTierSchema = z.enum(['priority', 'regular', 'late']);
