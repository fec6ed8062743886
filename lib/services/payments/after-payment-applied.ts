import { emitInvoicePaid } from '@/lib/services/events/billing-events';
import type { AppliedPayment } from './apply-payment';

/**
 * What follows money received, once it has committed: a billing run waiting in dunning for the
 * invoice stops, and a restored subscription's runs restart. Safe to call twice (event ids).
 */
export async function afterPaymentApplied(applied: Pick<AppliedPayment, 'invoice' | 'paidInFull' | 'restored'>): Promise<void> {
  await emitInvoicePaid(applied);
}
