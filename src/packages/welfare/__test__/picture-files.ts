/** Files as a person might choose them for a campaign's picture or a station's photo. */
const bytesOf = new WeakMap<File, Uint8Array>();
const pngHead = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG by its bytes (what the phone and the server both look at), `size` bytes long. */
export const pngFile = (name: string, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(pngHead);
  for (let i = pngHead.length; i < size; i += 1) bytes[i] = i % 251;
  const file = new File([bytes], name, { type: 'image/png' });
  bytesOf.set(file, bytes);
  return file;
};

/** A GIF: an image, but not one the contract takes. */
export const gifFile = (name: string) => {
  const bytes = new Uint8Array(2048);
  bytes.set(Array.from('GIF89a').map((char) => char.charCodeAt(0)));
  return new File([bytes], name, { type: 'image/gif' });
};

/** What the form should send for a file made here (jsdom's File cannot be read back synchronously). */
export const base64Of = (file: File) => Buffer.from(bytesOf.get(file) ?? []).toString('base64');
