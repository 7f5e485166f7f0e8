import { z } from 'zod';

/**
 * A picture sent with a form (a campaign's picture, a station's photo): small enough to travel in one
 * function call (CloudBase caps an event at 6 MB). A phone photo is 1–5 MB even after chooseImage's
 * 'compressed', so the picture picker shrinks a bigger one on the phone (1200 px, JPEG) before this
 * check. The server checks the bytes really are the declared image type before storing them.
 */
export const imageContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const maxImageBytes = 300 * 1024;

/** Said by the schema and by the phone before sending, so both refuse a picture in the same words. */
export const imageUploadMessages = {
  wrongType: '请选择 JPG、PNG 或 WebP 图片',
  tooBig: `图片太大了，请选择小于${maxImageBytes / 1024}KB的图片`,
  empty: '图片是空的，请重新选择',
  unreadable: '图片数据不完整，请重新选择',
} as const;

export const ImageUploadSchema = z
  .object({
    contentType: z.enum(imageContentTypes, { errorMap: () => ({ message: imageUploadMessages.wrongType }) }),
    base64: z
      .string()
      .min(16, imageUploadMessages.empty)
      .max(Math.ceil(maxImageBytes / 3) * 4, imageUploadMessages.tooBig)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, imageUploadMessages.unreadable),
  })
  .strict();
export type ImageUpload = z.infer<typeof ImageUploadSchema>;
