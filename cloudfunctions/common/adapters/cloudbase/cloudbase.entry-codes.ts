import type { EntryCodes } from '../../ports/entry-codes.port';
import type { StoredFile } from '../../ports/files.port';
import type { CloudbaseApp } from './cloudbase.app';
import type { MiniprogramState } from './cloudbase.notifier';
import { CloudbaseCallError, settled } from './cloudbase.results';

/**
 * The EntryCodes port as WeChat mini-program codes (`wxacode.getUnlimited`) through CloudBase's
 * open-API gateway (`callWxOpenApi`, the HTTPS API's path and JSON body; the function's config.json
 * lists `wxacode.getUnlimited`, see scripts/build-functions.mjs). WeChat answers the image itself, or
 * JSON `{errcode, errmsg}`. The gateway hands the body back as `result`: parsed when it is JSON,
 * otherwise as it came, which for an image may be a Buffer, base64 text or binary text — so the
 * image is recognized by its PNG or JPEG signature, never assumed.
 */
export const unlimitedCodeApiName = '/wxa/getwxacodeunlimit';

const envVersionOf: Record<MiniprogramState, string> = { formal: 'release', trial: 'trial', developer: 'develop' };

const pngSignature = [0x89, 0x50, 0x4e, 0x47];
const jpegSignature = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Buffer, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

const imageTypeOf = (bytes: Buffer): StoredFile['contentType'] | null => {
  if (startsWith(bytes, pngSignature)) return 'image/png';
  if (startsWith(bytes, jpegSignature)) return 'image/jpeg';
  return null;
};

/** Every form the image may arrive in, tried in turn. */
const candidatesOf = (body: unknown): Buffer[] => {
  if (Buffer.isBuffer(body)) return [body];
  if (body instanceof Uint8Array) return [Buffer.from(body)];
  if (typeof body === 'string') return [Buffer.from(body, 'base64'), Buffer.from(body, 'latin1')];
  if (body !== null && typeof body === 'object') {
    const fields = body as { buffer?: unknown; type?: unknown; data?: unknown };
    if (fields.buffer !== undefined) return candidatesOf(fields.buffer);
    if (fields.type === 'Buffer' && Array.isArray(fields.data)) return [Buffer.from(fields.data as number[])];
  }
  return [];
};

export const createCloudbaseEntryCodes = (app: Pick<CloudbaseApp, 'callWxOpenApi'>, options: { miniprogramState?: MiniprogramState } = {}): EntryCodes => ({
  imageOf: async (request) => {
    const body = settled(
      await app.callWxOpenApi({
        apiName: unlimitedCodeApiName,
        requestData: {
          scene: request.scene,
          page: request.page,
          // A page of a version not yet released must still get a code (trial and developer builds).
          check_path: false,
          env_version: envVersionOf[options.miniprogramState ?? 'formal'],
          width: 430,
        },
      }),
    ).result;
    const errcode = body !== null && typeof body === 'object' ? (body as { errcode?: unknown }).errcode : undefined;
    if (typeof errcode === 'number' && errcode !== 0) throw new CloudbaseCallError(`WX_${errcode}`, 'wxacode.getUnlimited refused', undefined);
    for (const bytes of candidatesOf(body)) {
      const contentType = imageTypeOf(bytes);
      if (contentType) return { name: `${request.scene}.${contentType === 'image/png' ? 'png' : 'jpg'}`, contentType, bytes };
    }
    throw new CloudbaseCallError('UNEXPECTED_RESULT', 'wxacode.getUnlimited returned no image', undefined);
  },
});
