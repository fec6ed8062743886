import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices, subscriptions } from '@/db/schema';
import { err, type Result } from '@/lib/billing/result';
import type { CreditNoteError } from '@/lib/services/credit-notes/create-credit-note';
import { issueCreditNote, type IssuedCreditNote } from '@/lib/services/credit-notes/issue-credit-note';

/**
 * Voids an open invoice nothing was paid on. A finalized invoice keeps its number and is never
 * deleted: it is voided by a credit note for all of it (its own number, in the credit series),
 * written by the credit-note service with its rules and audit entry.
 *
 * NOTE: refused while the invoice's subscription is in dunning: the void would stop the dunning
 * but leave the subscription past due. A credit note then (POST /credit_notes) settles the
 * invoice by the payment rule, which also restores the subscription.
 */
export async function voidInvoice(input: {
  invoiceId: string;
  reason: string;
  staffUserId: string | null;
  now: Date;
}): Promise<Result<IssuedCreditNote, CreditNoteError>> {
  const [row] = await db
    .select({ status: subscriptions.status })
    .from(invoices)
    .innerJoin(subscriptions, eq(subscriptions.id, invoices.subscriptionId))
    .where(eq(invoices.id, input.invoiceId));
  if (row && (row.status === 'past_due' || row.status === 'suspended')) {
    return err({ code: 'not_creditable', message: 'This invoice’s subscription is in dunning for it: credit the invoice instead, which settles it and restores the subscription.' });
  }
  return issueCreditNote({ invoiceId: input.invoiceId, amountMinor: 'full', reason: input.reason, disposition: 'balance', staffUserId: input.staffUserId, now: input.now, voids: true });
}
