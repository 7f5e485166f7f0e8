import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (DESIGN.md): an HMAC-SHA256 hash to find duplicates without decrypting, and an
 * AES-256-GCM ciphertext to show the worker their own data. Separate subkeys are derived from the one
 * data key so a leaked hash key reveals nothing about the ciphertexts.
 */
export interface PiiCipher {
  /** Same kind + value → same hash; `kind` keeps an ID number and a phone with equal digits apart. */
  hash(kind: 'idNumber' | 'phone', value: string): string;
  encrypt(value: string): string;
  decrypt(sealed: string): string;
}

const version = 'v1';

export const parseDataKey = (text: string): Buffer => {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32) throw new Error('NUANXIN_DATA_KEY must be 32 bytes, hex or base64');
  return key;
};

export const generateDataKey = (): string => randomBytes(32).toString('hex');

export const createPiiCipher = (dataKey: Buffer): PiiCipher => {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `nuanxin:${purpose}`, 32));
  const encryptionKey = derive('encrypt');
  const hashKey = derive('hash');

  return {
    hash: (kind, value) => createHmac('sha256', hashKey).update(`${kind}:${value}`).digest('hex'),
    encrypt: (value) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
      return `${version}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt: (sealed) => {
      const [tag, payload] = sealed.split(':');
      if (tag !== version || !payload) throw new Error('unknown ciphertext format');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
};
