import { maxImageBytes } from '@core/contracts/image-upload';
import { judgePicture } from '../pick-picture';

const base64Of = (head: number[], size: number) => {
  const bytes = Buffer.alloc(size, 7);
  Buffer.from(head).copy(bytes);
  return bytes.toString('base64');
};
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff, 0xe0];

describe('judgePicture (the contract’s checks, on the phone)', () => {
  it('takes the type from the bytes, whatever the phone declared', () => {
    expect(judgePicture(base64Of(jpeg, 1000), 'image/png')).toMatchObject({ ok: true, upload: { contentType: 'image/jpeg' } });
  });

  it('takes a picture of exactly the limit and refuses one byte more', () => {
    expect(judgePicture(base64Of(png, maxImageBytes), 'image/png').ok).toBe(true);
    expect(judgePicture(base64Of(png, maxImageBytes + 1), 'image/png')).toEqual({ ok: false, problem: '图片太大了，请选择小于300KB的图片' });
  });

  it('refuses what is not a JPG, PNG or WebP, and an empty file', () => {
    expect(judgePicture(base64Of([0x47, 0x49, 0x46, 0x38], 1000), 'image/gif')).toEqual({ ok: false, problem: '请选择 JPG、PNG 或 WebP 图片' });
    expect(judgePicture('', 'image/png')).toEqual({ ok: false, problem: '图片是空的，请重新选择' });
  });
});
