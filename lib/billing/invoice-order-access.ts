import { err, ok, type Result } from './result';

/** When the subscriptions of an order paid by invoice start. */
export type InvoiceAccess = 'order' | 'payment';
/** What a credit check (or the merchant's fallback for it) decides about a pay-by-invoice order. */
export type CreditDecision = 'allow' | 'allow_after_payment' | 'refuse';

export const INVOICE_ACCESS: readonly InvoiceAccess[] = ['order', 'payment'];
export const CREDIT_DECISIONS: readonly CreditDecision[] = ['allow', 'allow_after_payment', 'refuse'];

/**
 * When a pay-by-invoice order's subscriptions start: the shop's setting, narrowed by the credit
 * check. No check (null) or `allow` keeps the setting; `allow_after_payment` waits for the money
 * whatever the setting; `refuse` takes no order by invoice at all.
 *
 * NOTE: the check can only restrict: a shop that starts subscriptions on payment never gives
 * access before the money arrives because a credit bureau said yes.
 */
export function invoiceOrderAccess(setting: InvoiceAccess, decision: CreditDecision | null): Result<InvoiceAccess, 'refused'> {
  if (decision === 'refuse') return err('refused');
  if (decision === 'allow_after_payment') return ok('payment');
  return ok(setting);
}
