import { z } from 'zod';

/** What happens at an enrollment drive (双覆盖 双推进); a drive may do several at once. */
export const driveKindLabels = {
  founding: '集中建会入会',
  education: '宣传教育',
  legalTalk: '法律宣讲',
  warmth: '送温暖',
} as const;

export type DriveKind = keyof typeof driveKindLabels;
export const driveKinds = Object.keys(driveKindLabels) as [DriveKind, ...DriveKind[]];

export const DriveKindSchema = z.enum(driveKinds, { errorMap: () => ({ message: '请选择活动内容' }) });
