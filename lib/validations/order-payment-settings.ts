import { z } from 'zod';
import { CREDIT_DECISIONS, INVOICE_ACCESS, type CreditDecision, type InvoiceAccess } from '@/lib/billing/invoice-order-access';
import { PAYMENT_METHODS } from './cart';

const TIMEOUT = 'The credit check’s timeout is a number of seconds from 0.5 to 30.';

/** Settings → Orders and payment: how customers may pay, when pay-by-invoice orders start, the credit check, passwords. */
export const orderPaymentSettingsSchema = z.object({
  enabledPaymentMethods: z
    .array(z.enum(PAYMENT_METHODS, { error: 'Choose payment methods from the list.' }))
    .min(1, { error: 'Offer at least one payment method.' })
    .transform((methods) => [...new Set(methods)]),
  invoiceAccess: z.enum(INVOICE_ACCESS as [InvoiceAccess, ...InvoiceAccess[]], { error: 'Choose when a pay-by-invoice order starts.' }),
  creditCheckUrl: z.union([
    z.literal('').transform(() => null),
    z
      .url({ protocol: /^https?$/, error: 'Enter the credit check’s full address, starting with https://, or leave it empty.' })
      .max(2000, { error: 'That address is too long.' }),
  ]),
  creditCheckTimeoutSeconds: z.coerce
    .number({ error: TIMEOUT })
    .min(0.5, { error: TIMEOUT })
    .max(30, { error: TIMEOUT }),
  creditCheckFallback: z.enum(CREDIT_DECISIONS as [CreditDecision, ...CreditDecision[]], {
    error: 'Choose what happens when the credit check does not answer.',
  }),
  requirePassword: z.enum(['true', 'false'], { error: 'Choose whether customers set a password.' }).transform((value) => value === 'true'),
});

export type OrderPaymentSettingsInput = z.output<typeof orderPaymentSettingsSchema>;
