import { z } from 'zod';

/**
 * Chinese messages for zod's generic failures. Pass it to every parse whose errors a person reads
 * (`schema.safeParse(data, { errorMap: chineseErrorMap })`); domain checks carry their own messages.
 */
export const chineseErrorMap: z.ZodErrorMap = (issue, ctx) => {
  // A message a schema set for itself (always Chinese here) beats the generic one below.
  if (/[\u4e00-\u9fa5]/.test(ctx.defaultError)) return { message: ctx.defaultError };
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      return { message: issue.received === 'undefined' ? '这一项必须填写' : '格式不正确' };
    case z.ZodIssueCode.too_small:
      return { message: issue.type === 'string' ? `至少填写${issue.minimum}个字` : `不能少于${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      return { message: issue.type === 'string' ? `最多填写${issue.maximum}个字` : `不能超过${issue.maximum}` };
    case z.ZodIssueCode.invalid_enum_value:
    case z.ZodIssueCode.invalid_literal:
    case z.ZodIssueCode.invalid_union_discriminator:
      return { message: '请从给出的选项中选择' };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: '包含不认识的内容' };
    case z.ZodIssueCode.invalid_string:
      return { message: '格式不正确' };
    default:
      return { message: ctx.defaultError === 'Required' ? '这一项必须填写' : '格式不正确' };
  }
};

/** zod issues → `{ "consent.sensitive": "…" }`, the first message per field; `_` for the whole input. */
export const fieldErrorsOf = (error: z.ZodError): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
};
