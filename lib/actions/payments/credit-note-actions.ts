'use server';

import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { formatMoney, parseMoney } from '@/lib/billing/money';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';

const CREDIT_REASON_MAX = 500;

const creditNoteFormSchema = z
  .object({
    invoiceId: z.uuid({ error: 'That invoice does not exist.' }),
    scope: z.enum(['full', 'partial'], { error: 'Choose the whole invoice or an amount.' }),
    amount: z.string().trim().optional(),
    reason: z
      .string({ error: 'Say why the invoice is credited.' })
      .trim()
      .min(1, { error: 'Say why the invoice is credited.' })
      .max(CREDIT_REASON_MAX, { error: `Keep the reason under ${CREDIT_REASON_MAX} characters.` }),
    disposition: z.enum(['auto', 'refund', 'balance'], { error: 'Choose where the money goes.' }),
  })
  .refine((form) => form.scope === 'full' || Boolean(form.amount), { error: 'Enter the amount to credit.', path: ['amount'] });

/**
 * Merchant staff only: credits all or part of an invoice (the amount typed as a decimal in the
 * invoice's currency). A refund the provider refuses still leaves the credit note issued: the
 * answer says so, with the provider's reason, and the credit notes page shows it too.
 */
export async function issueCreditNoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can credit invoices. Sign in again.' };
  const parsed = creditNoteFormSchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const form = parsed.data;

  const [invoice] = await db.select({ currency: invoices.currency }).from(invoices).where(eq(invoices.id, form.invoiceId));
  if (!invoice) return { error: 'That invoice does not exist.' };
  let amountMinor: number | 'full' = 'full';
  if (form.scope === 'partial') {
    const amount = parseMoney(form.amount ?? '', invoice.currency);
    if (!amount.ok) return { error: 'Please correct the marked fields.', fieldErrors: { amount: amount.error } };
    amountMinor = amount.value;
  }

  const issued = await issueCreditNote({
    invoiceId: form.invoiceId,
    amountMinor,
    reason: form.reason,
    disposition: form.disposition,
    staffUserId: viewer.userId,
    now: new Date(),
  });
  if (!issued.ok) {
    return issued.error.code === 'amount' ? { error: issued.error.message, fieldErrors: { amount: issued.error.message } } : { error: issued.error.message };
  }
  revalidatePath('/dashboard/credit-notes');
  revalidatePath('/dashboard/invoices');
  const { creditNote, refunds } = issued.value;
  const total = formatMoney(creditNote.totalMinor, creditNote.currency);
  const failed = refunds.find((refund) => refund.status === 'failed');
  if (failed) {
    return {
      error: `Credit note ${creditNote.number} (${total}) is issued, but the refund of ${formatMoney(failed.amountMinor, failed.currency)} failed: ${failed.failureReason}`,
    };
  }
  const where =
    creditNote.disposition === 'refund'
      ? refunds.every((refund) => refund.status === 'refunded')
        ? 'refunded to the customer'
        : 'being refunded (the provider has not confirmed yet)'
      : creditNote.disposition === 'balance'
        ? 'added to the customer’s balance'
        : 'deducted from the open invoice';
  return { notice: `Credit note ${creditNote.number} issued: ${total} ${where}.` };
}
