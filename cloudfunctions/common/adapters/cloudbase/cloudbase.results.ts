/**
 * Reading what the node-sdk database returns. node-sdk throws a TcbError `{code, message, requestId}`
 * on a failed call, but @cloudbase/database hands a `{code, message}` result back as a value when the
 * SDK runs in its compatibility mode (`throwOnCode: false`), so every result goes through `settled`,
 * which turns that form into a thrown error too.
 */

export class CloudbaseCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId: string | undefined,
  ) {
    super(`${code}: ${message}`);
    this.name = 'CloudbaseCallError';
  }
}

type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});

/** The result, or a thrown CloudbaseCallError when it is an error carried as a value. */
export const settled = (result: unknown): Fields => {
  const fields = fieldsOf(result);
  if (typeof fields.code === 'string' && fields.code !== '') {
    throw new CloudbaseCallError(
      fields.code,
      typeof fields.message === 'string' ? fields.message : '',
      typeof fields.requestId === 'string' ? fields.requestId : undefined,
    );
  }
  return fields;
};

const countField = (result: unknown, field: string): number => {
  const value = settled(result)[field];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // A write result without its count would make a compare-and-set guess; better to fail loudly.
  throw new CloudbaseCallError('UNEXPECTED_RESULT', `result has no numeric ${field}`, undefined);
};

/** `{updated}` of `update()`. */
export const updatedCount = (result: unknown): number => countField(result, 'updated');
/** `{deleted}` of `remove()` / `delete()`. */
export const deletedCount = (result: unknown): number => countField(result, 'deleted');
/** `{total}` of `count()`. */
export const totalCount = (result: unknown): number => countField(result, 'total');

/** `{data: [...]}` of a query's `get()`. */
export const documentsOf = (result: unknown): unknown[] => {
  const data = settled(result).data;
  return Array.isArray(data) ? data : [];
};

/**
 * `doc(id).get()` answers `{data: [doc]}` (or `[]`) outside a transaction and `{data: doc | null}`
 * inside one; either way: the document or null.
 */
export const singleDocumentOf = (result: unknown): unknown => {
  const data = settled(result).data;
  if (Array.isArray(data)) return data[0] ?? null;
  return data ?? null;
};
