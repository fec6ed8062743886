import { z } from 'zod';
import { isValidTimeZone } from '@/lib/billing/time-zone';

const TERMS = 'Payment terms are a whole number of days from 1 to 120.';
const PREFIX = 'The prefix is 1 to 16 letters, digits, “-”, “_”, “.” or “/”, starting with a letter or digit.';

/** Settings → Invoicing: the shop's time zone, the invoice series and its prefix, payment terms. */
export const invoicingSettingsSchema = z.object({
  timeZone: z
    .string({ error: 'Choose a time zone, e.g. Europe/Oslo.' })
    .trim()
    .min(1, { error: 'Choose a time zone, e.g. Europe/Oslo.' })
    .refine(isValidTimeZone, { error: 'That is not a time zone this server knows: use an IANA name such as Europe/Oslo.' }),
  invoiceSeriesId: z.string({ error: 'Choose an invoice series.' }).trim().min(1, { error: 'Choose an invoice series.' }),
  invoicePrefix: z.string({ error: PREFIX }).trim().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,15}$/, { error: PREFIX }),
  paymentTermsDays: z
    .string({ error: TERMS })
    .trim()
    .regex(/^\d{1,4}$/, { error: TERMS })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: TERMS }).max(120, { error: TERMS })),
});
export type InvoicingSettingsInput = z.infer<typeof invoicingSettingsSchema>;
