import { z } from 'zod';

/**
 * How a merchant may say money came in by hand.
 *
 * NOTE: only bank transfer for now: `payments.method` is the `payment_method_type` enum, which has
 * no "other" (cash, cheque). Recording such money as a bank transfer would be wrong data; the
 * value needs a migration first, then it is one more entry here.
 */
export const MANUAL_PAYMENT_METHODS = ['bank_transfer'] as const;
export type ManualPaymentMethod = (typeof MANUAL_PAYMENT_METHODS)[number];

export const MANUAL_PAYMENT_NOTE_MAX = 500;

/**
 * The "Register payment" form, as typed. The amount stays text here: it is read exactly in the
 * invoice's currency (parseMoney) once the invoice is loaded. Parsing its own output again gives
 * the same result, so the action and the service may both run it.
 */
export const manualPaymentSchema = z.object({
  invoiceId: z.guid({ error: 'That invoice does not exist.' }),
  amount: z.string({ error: 'Enter the amount received.' }).trim().min(1, { error: 'Enter the amount received.' }),
  currency: z
    .string({ error: 'Enter the currency of the payment.' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: 'The currency is a three-letter code such as EUR.' }),
  paidOn: z.iso.date({ error: 'Enter the date the money arrived, as YYYY-MM-DD.' }),
  method: z.enum(MANUAL_PAYMENT_METHODS, { error: 'Choose how the money was paid.' }),
  note: z
    .string()
    .trim()
    .max(MANUAL_PAYMENT_NOTE_MAX, { error: `Keep the note under ${MANUAL_PAYMENT_NOTE_MAX} characters.` })
    .nullish()
    .transform((note) => note || null),
});

/** The fields as a form or a caller gives them, before validation: any text, any may be missing. */
export type ManualPaymentInput = { [K in keyof z.input<typeof manualPaymentSchema>]?: string | null };
export type ManualPayment = z.output<typeof manualPaymentSchema>;
