import QRCode from 'qrcode';
import type { EntryCodeRequest, EntryCodes } from '../../ports/entry-codes.port';
import type { StoredFile } from '../../ports/files.port';

/**
 * Locally a phone (or the browser test) opens the H5 app, so the code is an ordinary QR code of the
 * full link on this host. `origin` is asked for at each call: the host learns its port only once it
 * listens, after the composition is built.
 */
export const localEntryCodeOptions = { type: 'png', width: 480, margin: 2, errorCorrectionLevel: 'M' } as const;

export const localEntryUrlOf = (origin: string, request: Pick<EntryCodeRequest, 'h5Path'>): string => `${origin.replace(/\/$/, '')}${request.h5Path}`;

export const createLocalEntryCodes = (options: { origin: () => string }): EntryCodes => ({
  imageOf: async (request): Promise<StoredFile> => ({
    name: `${request.scene}.png`,
    contentType: 'image/png',
    bytes: await QRCode.toBuffer(localEntryUrlOf(options.origin(), request), localEntryCodeOptions),
  }),
});
