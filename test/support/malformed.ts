import { z } from 'zod';

/**
 * Bad inputs generated from an action's input schema and one valid input: not an object at all, each
 * required field missing, each field of the wrong type or absurdly long, an unknown field. Variants
 * that the schema would still accept are dropped, so every one returned must be refused.
 */
export interface MalformedVariant {
  label: string;
  data: unknown;
}

const unwrapObject = (schema: z.ZodTypeAny): z.ZodObject<z.ZodRawShape> | null => {
  let current: z.ZodTypeAny = schema;
  while (!(current instanceof z.ZodObject)) {
    if (current instanceof z.ZodEffects) current = current.innerType();
    else if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current._def.innerType;
    else return null;
  }
  return current;
};

const wrongTypeValuesFor = (value: unknown): unknown[] => {
  if (typeof value === 'string') return [12345, true, ['x'], { text: value }, 'x'.repeat(5000), ''];
  if (typeof value === 'number') return ['12', -1.5, 1e12, null];
  if (typeof value === 'boolean') return ['true', 1, null];
  if (Array.isArray(value)) return ['x', {}, [null]];
  if (value && typeof value === 'object') return ['x', [], 42, null];
  return ['x', 42, { nested: true }, 'x'.repeat(5000)];
};

export const malformedVariants = (schema: z.ZodTypeAny, valid: unknown): MalformedVariant[] => {
  const variants: MalformedVariant[] = [
    { label: 'null', data: null },
    { label: 'a string', data: 'not an object' },
    { label: 'an array', data: [valid] },
    { label: 'a number', data: 42 },
    { label: 'an unknown field', data: { ...(valid as object), unknownField: 'x' } },
  ];
  const shape = unwrapObject(schema)?.shape ?? {};
  const base = (valid ?? {}) as Record<string, unknown>;
  for (const [key, field] of Object.entries(shape)) {
    if (!field.isOptional()) {
      const { [key]: _removed, ...rest } = base;
      variants.push({ label: `missing ${key}`, data: rest });
    }
    const sample = key in base ? base[key] : undefined;
    for (const wrong of wrongTypeValuesFor(sample)) {
      variants.push({ label: `${key} = ${JSON.stringify(wrong).slice(0, 40)}`, data: { ...base, [key]: wrong } });
    }
    const nested = unwrapObject(field);
    if (nested && sample && typeof sample === 'object') {
      for (const inner of malformedVariants(nested, sample).filter((variant) => variant.data && typeof variant.data === 'object' && !Array.isArray(variant.data))) {
        variants.push({ label: `${key}.${inner.label}`, data: { ...base, [key]: inner.data } });
      }
    }
  }
  return variants.filter((variant) => !schema.safeParse(variant.data).success);
};
