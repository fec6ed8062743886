import { sendFinalizedInvoiceEmail } from '@/lib/services/email/send-invoice-email';
import { inngest } from '../client';
import { invoiceFinalized } from '../events';

/**
 * E-mails a finalized invoice to its customer (a renewal invoice is left to the bill run's
 * `issue` step: sendFinalizedInvoiceEmail).
 *
 * Idempotent: the outbox row's unique dedupe key `invoice:<invoiceId>` lets a retried step or a
 * replayed event find the message already written, and Resend gets the same key as its
 * idempotency key, so the customer receives the invoice once.
 */
export const sendInvoiceEmailFunction = inngest.createFunction(
  { id: 'send-invoice-email', triggers: [invoiceFinalized] },
  ({ event, step }) => step.run('send-invoice-email', () => sendFinalizedInvoiceEmail(event.data.invoiceId)),
);
