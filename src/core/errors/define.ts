/** How a failure is classed: decides the HTTP status on the local host and how clients react. */
export type ErrorKind = 'input' | 'identity' | 'forbidden' | 'notFound' | 'conflict' | 'rateLimited' | 'internal';

export interface ErrorDefinition {
  kind: ErrorKind;
  /** Plain Chinese, shown to the user as is. */
  message: string;
}

export const defineErrors = <T extends Record<string, ErrorDefinition>>(table: T): T => table;
