import { contracts, type FunctionName } from '@core/contracts';
import { envelopeSchema, type Envelope } from '@core/result';

/**
 * Development-only check that what came back matches the action's contract (STYLE.md rule 2), so a
 * server that drifts from @core is caught on the first screen that shows it, not in production.
 */
export const checkAgainstContract = (fn: FunctionName, action: string, envelope: Envelope<unknown>): Envelope<unknown> => {
  const contract = (contracts[fn] as Record<string, { output: import('zod').ZodTypeAny } | undefined>)[action];
  if (!contract) return envelope;
  const checked = envelopeSchema(contract.output).safeParse(envelope);
  if (checked.success) return checked.data as Envelope<unknown>;
  console.error(`[nuanxin] ${fn}.${action} returned data outside its contract`, checked.error.issues);
  return { ok: false, error: { code: 'INTERNAL', message: '返回的数据与约定不符（开发环境检查）' } };
};
