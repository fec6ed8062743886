import { z } from 'zod';
import { PAYMENT_METHODS } from './cart';

const optionalUuid = z.preprocess((value) => (value === '' ? undefined : value), z.uuid().optional());

/** "Add a payment method": the method to save, and the open invoice the customer came to pay. */
export const startMethodSetupSchema = z.object({
  method: z.enum(PAYMENT_METHODS, { error: 'choose_method_to_add' }),
  invoiceId: optionalUuid,
});

/** One of the customer's stored methods (set default, remove). */
export const paymentMethodIdSchema = z.object({
  methodId: z.uuid({ error: 'method_unknown' }),
});

export const removePaymentMethodSchema = paymentMethodIdSchema.extend({
  // A checkbox: present ("on") only when ticked.
  switchToInvoice: z.preprocess((value) => value === 'on' || value === 'true', z.boolean()),
});

/** "Pay the open invoice with this method": the invoice and the amount the customer confirmed. */
export const payInvoiceWithSavedMethodSchema = z.object({
  invoiceId: z.uuid({ error: 'invoice_not_found' }),
  amountMinor: z.coerce.number({ error: 'amount_missing' }).int().positive(),
});
