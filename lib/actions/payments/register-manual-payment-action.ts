'use server';

import type { ActionState } from '@/lib/actions/action-state';
import { manageText, requestLocale } from '@/lib/actions/request-locale';
import { merchantAction } from '@/lib/actions/safe-action';
import { intlLocales } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/billing/money';
import { manualPaymentSchema } from '@/lib/services/payments/manual-payment-input';
import { registerManualPayment, type RegisteredPayment } from '@/lib/services/payments/register-manual-payment';

/** The form's answer: on a refusal, also what was typed, so the form shows it again. */
export type RegisterPaymentFormState = ActionState & { values?: Record<string, string> };

/** What was registered and what it left open, in the staff member's language. */
async function registeredNotice(payment: RegisteredPayment): Promise<string> {
  const locale = await requestLocale();
  const amount = (minor: number) => formatMoney(minor, payment.currency, intlLocales[locale]);
  const paid = amount(payment.amountMinor);
  if (payment.overpaidMinor > 0) {
    return manageText('paymentRegisteredOverpaid', { amount: paid, number: payment.invoiceNumber ?? '', over: amount(payment.overpaidMinor) });
  }
  if (payment.paidInFull) return manageText('paymentRegisteredInFull', { amount: paid, number: payment.invoiceNumber ?? '' });
  return manageText('paymentRegisteredOpen', { amount: paid, open: amount(payment.openMinor) });
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
    return { notice: await registeredNotice(registered.value) };
  },
);
