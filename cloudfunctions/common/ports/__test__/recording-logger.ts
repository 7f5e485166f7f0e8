import type { Logger } from '../logger.port';

export type LoggedLine = [level: 'info' | 'error', message: string, meta: Record<string, unknown> | undefined];

/** A Logger that keeps what it was told, so tests can check what is logged — and that no personal data is. */
export const recordingLogger = (): { logger: Logger; lines: LoggedLine[] } => {
  const lines: LoggedLine[] = [];
  const logger: Logger = {
    info: (message, meta) => lines.push(['info', message, meta]),
    error: (message, meta) => lines.push(['error', message, meta]),
  };
  return { logger, lines };
};
