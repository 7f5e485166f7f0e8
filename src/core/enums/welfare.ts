import { z } from 'zod';
import { availabilities, campaignKinds, campaignStatuses, facilities, perPersonOptions, stockModes, voucherStatuses } from './welfare-labels';

export * from './welfare-labels';

export const CampaignKindSchema = z.enum(campaignKinds, { errorMap: () => ({ message: '请选择礼包类型' }) });
export const CampaignStatusSchema = z.enum(campaignStatuses, { errorMap: () => ({ message: '请选择活动状态' }) });
export const PerPersonSchema = z.enum(perPersonOptions, { errorMap: () => ({ message: '请选择每人限领次数' }) });
export const StockModeSchema = z.enum(stockModes, { errorMap: () => ({ message: '请选择库存分配方式' }) });
export const VoucherStatusSchema = z.enum(voucherStatuses);
export const AvailabilitySchema = z.enum(availabilities);
export const FacilitySchema = z.enum(facilities, { errorMap: () => ({ message: '请从给出的设施中选择' }) });
