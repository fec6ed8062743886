import { nudgeInvoicePaid } from '@/lib/services/events/billing-events';
import type { AppliedPayment } from './apply-payment';

/**
 * What follows money received, once it has committed: the events markInvoicePaid recorded are
 * delivered (a billing run waiting in dunning for the invoice stops, a restored subscription's
 * runs restart). Safe to call twice: a delivered event is not delivered again.
 */
export async function afterPaymentApplied(applied: Pick<AppliedPayment, 'invoice' | 'paidInFull'>): Promise<void> {
  await nudgeInvoicePaid(applied);
}
