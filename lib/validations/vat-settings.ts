import { z } from 'zod';

/**
 * Settings: whether the shop is registered for OSS (the Union scheme for an EU seller, the
 * non-Union scheme for a Norwegian one). An explicit choice, never an absent checkbox: an empty
 * form changes nothing.
 */
export const vatOssRegisteredSchema = z.object({
  vatOssRegistered: z
    .enum(['true', 'false'], { error: 'Choose whether the shop is registered for OSS.' })
    .transform((value) => value === 'true'),
});
