/**
 * Operational logs. Never pass personal data (names, ID numbers, phones, health) in `meta`: logs are
 * kept outside the encrypted store.
 */
export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

export const consoleLogger: Logger = {
  info: (message, meta) => console.log(JSON.stringify({ level: 'info', message, ...meta })),
  error: (message, meta) => console.error(JSON.stringify({ level: 'error', message, ...meta })),
};

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };
