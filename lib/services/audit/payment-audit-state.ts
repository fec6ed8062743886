import type { Payment } from '@/db/schema';

/** What the audit log keeps of a payment: its money, how it came and its status. */
export type PaymentAuditState = Pick<Payment, 'id' | 'status' | 'source' | 'method' | 'amountMinor' | 'currency'> & {
  settledAt: string | null;
};

export function paymentAuditState(payment: Payment): PaymentAuditState {
  const { id, status, source, method, amountMinor, currency } = payment;
  return { id, status, source, method, amountMinor, currency, settledAt: payment.settledAt?.toISOString() ?? null };
}
