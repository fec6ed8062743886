import { z } from 'zod';
import { manageCode } from '@/lib/i18n/manage-messages';
import { CREDIT_DECISIONS, INVOICE_ACCESS, type CreditDecision, type InvoiceAccess } from '@/lib/billing/invoice-order-access';
import { PAYMENT_METHODS } from './cart';

// Messages are codes of dashboard.manage.messages, rendered by the merchant action in the staff member's language.
const TIMEOUT = manageCode('creditCheckTimeoutInvalid');

/** Settings → Orders and payment: how customers may pay, when pay-by-invoice orders start, the credit check, passwords. */
export const orderPaymentSettingsSchema = z.object({
  enabledPaymentMethods: z
    .array(z.enum(PAYMENT_METHODS, { error: manageCode('paymentMethodUnknown') }))
    .min(1, { error: manageCode('paymentMethodRequired') })
    .transform((methods) => [...new Set(methods)]),
  invoiceAccess: z.enum(INVOICE_ACCESS as [InvoiceAccess, ...InvoiceAccess[]], { error: manageCode('invoiceAccessRequired') }),
  creditCheckUrl: z.union([
    z.literal('').transform(() => null),
    z
      .url({ protocol: /^https?$/, error: manageCode('creditCheckUrlInvalid') })
      .max(2000, { error: manageCode('creditCheckUrlTooLong') }),
  ]),
  creditCheckTimeoutSeconds: z.coerce
    .number({ error: TIMEOUT })
    .min(0.5, { error: TIMEOUT })
    .max(30, { error: TIMEOUT }),
  creditCheckFallback: z.enum(CREDIT_DECISIONS as [CreditDecision, ...CreditDecision[]], {
    error: manageCode('creditCheckFallbackRequired'),
  }),
  requirePassword: z.enum(['true', 'false'], { error: manageCode('requirePasswordRequired') }).transform((value) => value === 'true'),
});

export type OrderPaymentSettingsInput = z.output<typeof orderPaymentSettingsSchema>;
