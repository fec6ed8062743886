import { z } from 'zod';
import { manageCode } from '@/lib/i18n/manage-messages';

/**
 * Settings: whether the shop is registered for OSS (the Union scheme for an EU seller, the
 * non-Union scheme for a Norwegian one). An explicit choice, never an absent checkbox: an empty
 * form changes nothing.
 */
export const vatOssRegisteredSchema = z.object({
  vatOssRegistered: z
    .enum(['true', 'false'], { error: manageCode('vatOssRequired') })
    .transform((value) => value === 'true'),
});

/** Settings → VAT as one form: OSS registration and whether catalog prices include VAT. */
export const vatSettingsSchema = vatOssRegisteredSchema.extend({
  pricesIncludeVat: z
    .enum(['true', 'false'], { error: manageCode('pricesIncludeVatRequired') })
    .transform((value) => value === 'true'),
});
