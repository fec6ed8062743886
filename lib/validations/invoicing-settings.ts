import { z } from 'zod';
import { manageCode } from '@/lib/i18n/manage-messages';
import { isValidTimeZone } from '@/lib/billing/time-zone';

// Messages are codes of dashboard.manage.messages, rendered by the merchant action in the staff member's language.
const TERMS = manageCode('paymentTermsInvalid');
const PREFIX = manageCode('invoicePrefixInvalid');
const TIME_ZONE = manageCode('timeZoneRequired');
const SERIES = manageCode('invoiceSeriesRequired');

/** Settings → Invoicing: the shop's time zone, the invoice series and its prefix, payment terms. */
export const invoicingSettingsSchema = z.object({
  timeZone: z
    .string({ error: TIME_ZONE })
    .trim()
    .min(1, { error: TIME_ZONE })
    .refine(isValidTimeZone, { error: manageCode('timeZoneUnknown') }),
  invoiceSeriesId: z.string({ error: SERIES }).trim().min(1, { error: SERIES }),
  invoicePrefix: z.string({ error: PREFIX }).trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,15}$/, { error: PREFIX }),
  paymentTermsDays: z
    .string({ error: TERMS })
    .trim()
    .regex(/^\d{1,4}$/, { error: TERMS })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: TERMS }).max(120, { error: TERMS })),
});
export type InvoicingSettingsInput = z.infer<typeof invoicingSettingsSchema>;
