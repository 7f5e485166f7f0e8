import { z } from 'zod';
import { defineContract } from '../contract';
import { TimestampSchema } from './fields';

/**
 * The worker's own data (个人信息保护法): everything they have with the union in one timeline, a full
 * export, and erasure. Each feature contributes through the server's timeline sources and personal-data
 * holders, so these contracts name no feature.
 */

/** A route inside the mini-program (`/packages/…` or `/pages/…`, query allowed): where an entry's detail is. */
const AppPageSchema = z.string().regex(/^\/(pages|packages)\/[A-Za-z0-9/_-]+(\?[A-Za-z0-9=&%._-]*)?$/);

export const TimelineSectionSchema = z.object({
  /** `membership`, `welfare`, `legal`, `health`, `drive`, …: one per feature that has a timeline source. */
  key: z.string(),
  label: z.string(),
});
export type TimelineSection = z.infer<typeof TimelineSectionSchema>;

export const TimelineEntrySchema = z.object({
  /** Unique across the whole timeline (prefix it with the section key). */
  id: z.string(),
  section: z.string(),
  title: z.string(),
  detail: z.string().nullable(),
  at: TimestampSchema,
  /** A short state (`待领取`, `处理中`), or null. */
  badge: z.string().nullable(),
  link: AppPageSchema.nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const ExportSectionSchema = z.object({
  key: z.string(),
  /** The feature, as a heading: `入会`, `礼包`, `法律援助`… */
  label: z.string(),
  /** Readable data: Chinese keys, times written out, the worker's own ID number and phone in full. */
  data: z.unknown(),
});
export type ExportSection = z.infer<typeof ExportSectionSchema>;

export const memberDataContracts = {
  /** 我的: everything the worker has with the union, newest first, each with a link to its detail. */
  timeline: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({ sections: z.array(TimelineSectionSchema), items: z.array(TimelineEntrySchema) }),
    errors: [],
  }),
  /** Everything stored about the caller, for them alone (their ID number and phone unmasked). */
  exportMine: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({ generatedAt: TimestampSchema, sections: z.array(ExportSectionSchema) }),
    errors: [],
  }),
  /** What 删除我的信息 will do, said before it is done: open matters that will be closed, or why it cannot. */
  deletionPreview: defineContract({
    kind: 'query',
    input: z.object({}).strict(),
    output: z.object({
      /** The features that hold something about the caller (`入会`, `礼包`…). */
      holds: z.array(z.string()),
      /** Consequences to read first (`进行中的法律援助案件会作为撤回关闭`). */
      warnings: z.array(z.string()),
      /** Why erasure is refused (the caller is staff), or null. */
      blocked: z.string().nullable(),
    }),
    errors: [],
  }),
  /**
   * Erases or irreversibly anonymizes everything about the caller, keeping only anonymous counts.
   * The typed phrase guards against a stray call; the app asks twice before sending it.
   */
  deleteMine: defineContract({
    kind: 'command',
    input: z
      .object({ confirm: z.literal('删除我的全部信息', { errorMap: () => ({ message: '请确认要删除全部信息' }) }) })
      .strict(),
    output: z.object({ erasedAt: TimestampSchema, notices: z.array(z.string()) }),
    errors: ['MEMBER.STAFF_CANNOT_ERASE'],
  }),
};
