'use server';

import { revalidatePath } from 'next/cache';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
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
export async function registerManualPaymentAction(
  _prev: RegisterPaymentFormState,
  formData: FormData,
): Promise<RegisterPaymentFormState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can register payments. Sign in again.' };
  const values = formObject(formData);
  const parsed = manualPaymentSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };

  const registered = await registerManualPayment(parsed.data, { staffUserId: viewer.userId, now: new Date() });
  if (!registered.ok) return { error: registered.error, fieldErrors: registered.fieldErrors, values };
  revalidatePath(`/dashboard/invoices/${registered.value.invoiceId}`);
  revalidatePath('/dashboard/invoices');
  return { notice: registeredNotice(registered.value) };
}
