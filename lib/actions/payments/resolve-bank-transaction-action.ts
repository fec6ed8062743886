'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { fieldErrorsOf, formObject, type ActionState } from '@/lib/actions/action-state';
import { getViewer, isMerchant } from '@/lib/auth/viewer';
import { findInvoiceByNumber } from '@/lib/services/payments/bank-import/find-invoice-by-number';
import { resolveBankTransaction } from '@/lib/services/payments/bank-import/resolve-bank-transaction';

const resolveSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      transactionId: z.guid({ error: 'That bank transaction does not exist.' }),
      decision: z.literal('apply'),
      invoiceNumber: z
        .string({ error: 'Enter the invoice number.' })
        .trim()
        .min(1, { error: 'Enter the invoice number.' })
        .max(40, { error: 'That is not an invoice number.' }),
    }),
    z.object({ transactionId: z.guid({ error: 'That bank transaction does not exist.' }), decision: z.literal('ignore') }),
  ],
  { error: 'Choose whether to apply the payment to an invoice or to ignore it.' },
);

/**
 * Merchant staff only: decides one line of the unmatched queue: apply it to the invoice with the
 * typed number, or ignore it (not a customer's payment).
 */
export async function resolveBankTransactionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  if (!viewer || !isMerchant(viewer)) return { error: 'Only the shop’s staff can match bank transactions. Sign in again.' };
  const parsed = resolveSchema.safeParse(formObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const input = parsed.data;

  let invoiceId: string | 'ignore' = 'ignore';
  if (input.decision === 'apply') {
    const invoice = await findInvoiceByNumber(input.invoiceNumber);
    if (!invoice) {
      const message = `No invoice has the number ${input.invoiceNumber}.`;
      return { error: message, fieldErrors: { invoiceNumber: message } };
    }
    invoiceId = invoice.id;
  }
  const resolved = await resolveBankTransaction({ transactionId: input.transactionId, invoiceId, staffUserId: viewer.userId });
  if (!resolved.ok) return { error: resolved.error };
  revalidatePath('/dashboard/payments/unmatched');
  revalidatePath('/dashboard/payments/bank-imports');
  if (invoiceId !== 'ignore') revalidatePath(`/dashboard/invoices/${invoiceId}`);
  return { notice: resolved.value.note };
}
