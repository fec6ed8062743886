import { sendOrderConfirmation } from '@/lib/services/email/send-order-confirmation';
import { inngest } from '../client';
import { orderPaid } from '../events';

/**
 * E-mails the order confirmation when an order is paid.
 *
 * Idempotent: the outbox row's unique dedupe key `order-confirmation:<orderId>` lets a retried
 * step or a replayed event find the message already written, and Resend gets the same key as
 * its idempotency key, so the customer receives one confirmation.
 */
export const sendOrderConfirmationFunction = inngest.createFunction(
  { id: 'send-order-confirmation', triggers: [orderPaid] },
  ({ event, step }) => step.run('send-order-confirmation', () => sendOrderConfirmation(event.data.orderId)),
);
