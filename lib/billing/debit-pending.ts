/**
 * An order's last payment is a debit the provider took and the bank has not settled yet (a SEPA
 * direct debit takes days): the order is placed, and nothing starts until it is paid.
 */
export function isDebitPending(payment: { method: string; status: string; providerPaymentId: string | null } | null): boolean {
  return payment?.method === 'sepa_debit' && payment.status === 'pending' && payment.providerPaymentId !== null;
}
