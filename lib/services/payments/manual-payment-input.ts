import { z } from 'zod';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';

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

const AMOUNT_REQUIRED = manageMessage('amountRequired', { what: 'payment' });

/**
 * The "Register payment" form, as typed. Its refusals are dashboard.manage.messages codes: the
 * dashboard words them in the staff member's language, the REST API in English. The amount stays
 * text here: it is read exactly in the invoice's currency (parseMoney) once the invoice is loaded.
 * Parsing its own output again gives the same result, so the action and the service may both run it.
 */
export const manualPaymentSchema = z.object({
  invoiceId: z.guid({ error: manageCode('invoiceMissing') }),
  amount: z.string({ error: AMOUNT_REQUIRED }).trim().min(1, { error: AMOUNT_REQUIRED }),
  currency: z
    .string({ error: manageCode('currencyRequired') })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, { error: manageCode('currencyCodeInvalid') }),
  paidOn: z.iso.date({ error: manageCode('paymentDateInvalid') }),
  method: z.enum(MANUAL_PAYMENT_METHODS, { error: manageCode('paidHowRequired') }),
  note: z
    .string()
    .trim()
    .max(MANUAL_PAYMENT_NOTE_MAX, { error: manageMessage('paymentNoteTooLong', { max: MANUAL_PAYMENT_NOTE_MAX }) })
    .nullish()
    .transform((note) => note || null),
});

/** The fields as a form or a caller gives them, before validation: any text, any may be missing. */
export type ManualPaymentInput = { [K in keyof z.input<typeof manualPaymentSchema>]?: string | null };
export type ManualPayment = z.output<typeof manualPaymentSchema>;
