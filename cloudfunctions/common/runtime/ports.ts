import type { PiiCipher } from '../pii/pii-cipher';
import type { Clock } from '../ports/clock.port';
import type { EntryCodes } from '../ports/entry-codes.port';
import type { Files } from '../ports/files.port';
import type { Logger } from '../ports/logger.port';
import type { Notifier } from '../ports/notifier.port';
import type { Store } from '../ports/store.port';

/** Everything a use case may touch outside itself; the composition files build it. */
export interface Ports {
  store: Store;
  files: Files;
  notifier: Notifier;
  clock: Clock;
  logger: Logger;
  pii: PiiCipher;
  /** QR codes that open a page of the app (drive posters). */
  codes: EntryCodes;
}
