import { pgEnum } from 'drizzle-orm/pg-core';
import { ROLES } from '../../lib/auth/permissions';
import { subscriptionStatuses } from '../../lib/billing/lifecycle';

// The roles and what each may do live in lib/auth/permissions; the column takes the same list.
export const userRole = pgEnum('user_role', ROLES);
export const locale = pgEnum('locale', ['en', 'nl', 'de', 'nb']);
// A business may get reverse charge and e-invoices; a consumer never does.
export const customerType = pgEnum('customer_type', ['consumer', 'business']);
export const productKind = pgEnum('product_kind', ['digital', 'download', 'service', 'physical']);
export const intervalUnit = pgEnum('interval_unit', ['day', 'week', 'month', 'year']);
export const couponKind = pgEnum('coupon_kind', ['percent', 'fixed']);
export const couponDuration = pgEnum('coupon_duration', ['once', 'repeating', 'forever']);
export const orderStatus = pgEnum('order_status', ['pending_payment', 'paid', 'canceled']);
export const orderLineKind = pgEnum('order_line_kind', ['subscription', 'one_off', 'shipping']);
// The states and their transitions live in the billing core; the column takes the same list.
export const subscriptionStatus = pgEnum('subscription_status', subscriptionStatuses);
export const invoiceStatus = pgEnum('invoice_status', ['draft', 'open', 'paid', 'void', 'uncollectible']);
export const invoiceLineKind = pgEnum('invoice_line_kind', [
  'plan',
  'setup_fee',
  'discount',
  'one_off',
  'shipping',
  'reminder_fee',
  'proration',
]);
// charged_back: was paid, then reversed (a bounced SEPA debit, a card chargeback).
export const paymentStatus = pgEnum('payment_status', ['pending', 'paid', 'failed', 'canceled', 'charged_back']);
// temporary: worth retrying (insufficient funds); permanent: a new payment method is needed.
export const paymentFailureKind = pgEnum('payment_failure_kind', ['temporary', 'permanent']);
// How a payment came in: a checkout redirect, an autopay charge on a mandate, registered by hand,
// matched from an imported bank file, or the customer's credit balance used on an invoice.
export const paymentSource = pgEnum('payment_source', ['checkout', 'autopay', 'manual', 'bank_file', 'balance']);
export const refundStatus = pgEnum('refund_status', ['pending', 'refunded', 'failed']);
export const bankTransactionStatus = pgEnum('bank_transaction_status', ['matched', 'unmatched', 'ignored']);
export const paymentMethodType = pgEnum('payment_method_type', [
  'card',
  'ideal',
  'bancontact',
  'paypal',
  'sepa_debit',
  'bank_transfer',
  // The customer's own credit balance (an overpayment, a credit note) used on an invoice.
  'balance',
]);
// stored: kept in the outbox only (no transport configured); queued: waiting for the transport.
export const emailStatus = pgEnum('email_status', ['queued', 'stored', 'sent', 'failed']);

export const dunningAction = pgEnum('dunning_action', ['remind', 'suspend', 'warn', 'terminate']);
