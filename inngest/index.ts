import { billingCycleFunction } from './functions/billing-cycle';
import { billingDailyFunction } from './functions/billing-daily';
import { billingOverdueFunction } from './functions/billing-overdue';
import { billingResumeFunction } from './functions/billing-resume';
import { chargeInvoiceFunction } from './functions/charge-invoice';
import { deliverWebhooksFunction } from './functions/deliver-webhooks';
import { purgeOutboxBodiesFunction } from './functions/purge-outbox-bodies';
import { relayEventsFunction } from './functions/relay-events';
import { sendInvoiceEmailFunction } from './functions/send-invoice-email';
import { sendInvoicePeppolFunction } from './functions/send-invoice-peppol';
import { sendOrderConfirmationFunction } from './functions/send-order-confirmation';
import { sweepStalePaymentsFunction } from './functions/sweep-stale-payments';

/**
 * Every function served at /api/inngest. A function triggered by a domain event needs its
 * embedded counterpart in lib/services/events/embedded-reactions.ts (reactions-coverage.test.ts).
 */
export const functions = [
  sendOrderConfirmationFunction,
  sendInvoiceEmailFunction,
  sendInvoicePeppolFunction,
  billingCycleFunction,
  billingDailyFunction,
  billingOverdueFunction,
  billingResumeFunction,
  chargeInvoiceFunction,
  relayEventsFunction,
  purgeOutboxBodiesFunction,
  sweepStalePaymentsFunction,
  deliverWebhooksFunction,
];
