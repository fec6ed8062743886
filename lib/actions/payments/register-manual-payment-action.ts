'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { merchantAction } from '@/lib/actions/safe-action';
import { formatMoney } from '@/lib/billing/money';
import { manualPaymentSchema } from '@/lib/services/payments/manual-payment-input';
import { registerManualPayment, type RegisteredPayment } from '@/lib/services/payments/register-manual-payment';

/** The form's answer: on a refusal, also what was typed, so the form shows it again. */
export type RegisterPaymentFormState = ActionState & { values?: Record<string, string> };

function registeredNotice(payment: RegisteredPayment): string {
  const amount = (minor: number) => formatMoney(minor, payment.currency, 'en-GB');
  const paid = `Payment of ${amount(payment.amountMinor)} registered.`;
  if (payment.overpaidMinor > 0) {
    return `${paid} Invoice ${payment.invoiceNumber} is paid; ${amount(payment.overpaidMinor)} more than it owed went to the customer’s balance.`;
  }
  if (payment.paidInFull) return `${paid} Invoice ${payment.invoiceNumber} is paid in full.`;
  return `${paid} ${amount(payment.openMinor)} is still open.`;
}

/**
 * Merchant staff only: registers money received outside the shop for one invoice (see
 * registerManualPayment). Refused as a whole, with the reason beside the field it is about.
 */
export const registerManualPaymentAction = merchantAction(
  {
    to: 'register payments',
    permission: 'payments:write',
    schema: manualPaymentSchema,
    keepValues: true,
    revalidate: ({ invoiceId }) => [`/dashboard/invoices/${invoiceId}`, '/dashboard/invoices'],
  },
  async (payment, { viewer }): Promise<RegisterPaymentFormState> => {
    const registered = await registerManualPayment(payment, { staffUserId: viewer.userId, now: new Date() });
    if (!registered.ok) return { error: registered.error, fieldErrors: registered.fieldErrors };
    return { notice: registeredNotice(registered.value) };
  },
);
