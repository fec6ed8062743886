import { and, desc, eq, gt, inArray, like, lte } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { creditNotes, invoiceLines, invoices, subscriptions, type Invoice, type InvoiceLine } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { manageCode, manageMessage } from '@/lib/i18n/manage-code';
import type { UnusedPeriodShare } from '@/lib/billing/unused-period-share';
import { stopNowCreditReason } from '@/lib/billing/stop-now';
import { unusedTermCredit } from '@/lib/billing/unused-term-credit';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { auditCreditNote } from '@/lib/services/audit/audit-credit-note';
import { invoiceAuditState } from '@/lib/services/audit/invoice-audit-state';
import { createCreditNote, type CreatedCreditNote, type CreditNoteError } from './create-credit-note';
import { afterCreditNote, type IssuedCreditNote } from './issue-credit-note';
import { loadCreditableLines } from './load-creditable-lines';

/** Every unused-period note's reason starts so; it is also what keeps a retry from crediting twice. */
export const UNUSED_PERIOD_REASON = 'Unused period:';

/**
 * A paid subscription stopped before its renewal: the unused part of the running term's plan
 * amount (after its coupon) goes back to the customer's balance as a credit note on the term's
 * invoice; see unusedTermCredit for the amount, the day count and the rounding. An invoice of the term that is
 * still open owes that much less instead. Called once per stop: a second call finds the first
 * note and changes nothing.
 */
export async function creditUnusedPeriod(input: {
  subscriptionId: string;
  now: Date;
  staffUserId?: string | null;
}): Promise<Result<IssuedCreditNote & { share: UnusedPeriodShare }, CreditNoteError>> {
  const { now } = input;
  const created = await db.transaction(async (tx): Promise<Result<{ note: CreatedCreditNote; share: UnusedPeriodShare }, CreditNoteError>> => {
    const [subscription] = await tx.select().from(subscriptions).where(eq(subscriptions.id, input.subscriptionId));
    if (!subscription) return err({ code: 'not_found', message: 'That subscription does not exist.', text: manageCode('subscriptionMissing') });
    const planned = await planUnusedTermCredit(tx, subscription.id, now, (await getShopSettings(tx)).timeZone);
    if (!planned.ok) return planned;
    const { term, share } = planned.value;
    const note = await createCreditNote(tx, {
      invoiceId: term.invoice.id,
      amountMinor: share.amountMinor,
      reason: stopNowCreditReason(share, term.line.description),
      disposition: 'balance',
      staffUserId: input.staffUserId ?? null,
      now,
      invoiceLineIds: [term.line.id],
    });
    if (note.ok && input.staffUserId) await auditCreditNote(tx, input.staffUserId, invoiceAuditState(term.invoice), note.value);
    return note.ok ? ok({ note: note.value, share }) : note;
  });
  if (!created.ok) return created;
  return ok({ ...(await afterCreditNote(created.value.note, now)), share: created.value.share });
}

/**
 * What a stop at `now` gives back of the running term's own invoice (its plan line's unused days
 * after its coupon: unusedTermCredit), read without writing; the invoice is locked so a
 * concurrent stop waits. Refused when no invoiced term runs now, when the term was credited for a
 * stop already, or when nothing of it is left unused.
 */
export async function planUnusedTermCredit(
  tx: Tx,
  subscriptionId: string,
  now: Date,
  timeZone: string,
): Promise<Result<{ term: { line: InvoiceLine; invoice: Invoice }; share: UnusedPeriodShare }, CreditNoteError>> {
  // The plan line of the term running now.
  const [term] = await tx
    .select({ line: invoiceLines, invoice: invoices })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoiceLines.invoiceId, invoices.id))
    .where(
      and(
        eq(invoiceLines.subscriptionId, subscriptionId),
        eq(invoiceLines.kind, 'plan'),
        lte(invoiceLines.periodStart, now),
        gt(invoiceLines.periodEnd, now),
        inArray(invoices.status, ['open', 'paid']),
      ),
    )
    .orderBy(desc(invoiceLines.term))
    .limit(1)
    .for('update', { of: invoices });
  if (!term?.line.periodStart || !term.line.periodEnd) {
    return err({
      code: 'not_creditable',
      message: 'The subscription has no invoiced term running now: nothing to credit.',
      text: manageCode('unusedPeriodNoTerm'),
    });
  }
  const [earlier] = await tx
    .select({ number: creditNotes.number })
    .from(creditNotes)
    .where(and(eq(creditNotes.invoiceId, term.invoice.id), like(creditNotes.reason, `${UNUSED_PERIOD_REASON}%`)))
    .limit(1);
  if (earlier) {
    return err({
      code: 'not_creditable',
      message: `The unused period was already credited (${earlier.number}).`,
      text: manageMessage('unusedPeriodCredited', { number: earlier.number }),
    });
  }
  const lines = await loadCreditableLines(tx, term.invoice.id);
  const share = unusedTermCredit({ lines, planLineId: term.line.id, periodStart: term.line.periodStart, periodEnd: term.line.periodEnd, now, timeZone });
  if (share.amountMinor === 0) return err({ code: 'amount', message: 'Nothing of the term is left unused.', text: manageCode('unusedPeriodNothingUnused') });
  return ok({ term, share });
}
