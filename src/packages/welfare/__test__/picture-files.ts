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

/** The bytes of a JPEG `size` bytes long, as a phone's compressor or a canvas would make it. */
export const jpegBytes = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < size; i += 1) bytes[i] = (i * 7) % 253;
  return bytes;
};
export const jpegBase64 = (size: number) => Buffer.from(jpegBytes(size)).toString('base64');

/**
 * jsdom draws nothing: a canvas whose toBlob makes a JPEG of `sizeAt(quality)` bytes, and a
 * createImageBitmap that says the picture is `width`×`height`, and blob URLs for what it makes. Returns what was drawn and asked; undo with restore().
 */
export const fakeCanvas = (picture: { width: number; height: number }, sizeAt: (quality: number) => number) => {
  const asked: { quality: number; type: string; width: number; height: number }[] = [];
  const drawn: { width: number; height: number }[] = [];
  const proto = HTMLCanvasElement.prototype;
  const saved = { getContext: proto.getContext, toBlob: proto.toBlob, createImageBitmap: (globalThis as { createImageBitmap?: unknown }).createImageBitmap, createObjectURL: URL.createObjectURL };
  const context = {
    fillStyle: '',
    fillRect: () => undefined,
    drawImage(_source: unknown, _x: number, _y: number, width: number, height: number) {
      drawn.push({ width, height });
    },
  };
  proto.getContext = function getContext() {
    return context;
  } as unknown as typeof proto.getContext;
  proto.toBlob = function toBlob(this: HTMLCanvasElement, callback: BlobCallback, type = 'image/png', quality = 0.92) {
    asked.push({ quality, type, width: this.width, height: this.height });
    setTimeout(() => callback(new Blob([jpegBytes(sizeAt(quality))], { type })), 0);
  };
  (globalThis as { createImageBitmap?: unknown }).createImageBitmap = async () => ({ ...picture, close: () => undefined });
  URL.createObjectURL = () => 'blob:test/shrunk.jpg';
  return {
    asked,
    drawn,
    restore() {
      proto.getContext = saved.getContext;
      proto.toBlob = saved.toBlob;
      (globalThis as { createImageBitmap?: unknown }).createImageBitmap = saved.createImageBitmap;
      URL.createObjectURL = saved.createObjectURL;
    },
  };
};
