import { z } from 'zod';

/**
 * A picture sent with a form (a campaign's picture, a station's photo): small enough to travel in one
 * function call (CloudBase caps an event at 6 MB; a phone photo compressed by chooseImage is far
 * below 300 KB). The server checks the bytes really are the declared image type before storing them.
 */
export const imageContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const maxImageBytes = 300 * 1024;

export const ImageUploadSchema = z
  .object({
    contentType: z.enum(imageContentTypes, { errorMap: () => ({ message: '请选择 JPG、PNG 或 WebP 图片' }) }),
    base64: z
      .string()
      .min(16, '图片是空的，请重新选择')
      .max(Math.ceil(maxImageBytes / 3) * 4, '图片太大了，请选择小于300KB的图片')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, '图片数据不完整，请重新选择'),
  })
  .strict();
export type ImageUpload = z.infer<typeof ImageUploadSchema>;
