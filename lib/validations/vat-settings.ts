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

/** Settings → VAT as one form: OSS registration and whether catalog prices include VAT. */
export const vatSettingsSchema = vatOssRegisteredSchema.extend({
  pricesIncludeVat: z
    .enum(['true', 'false'], { error: 'Choose whether the prices you enter include VAT.' })
    .transform((value) => value === 'true'),
});
