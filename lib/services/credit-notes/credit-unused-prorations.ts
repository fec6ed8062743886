import { and, eq, gt, inArray, isNull, like, max, min } from 'drizzle-orm';
import { db, type DbOrTx } from '@/db/client';
import { creditNotes, invoiceLines, invoices } from '@/db/schema';
import { stopNowCreditReason, unusedProrationCredit } from '@/lib/billing/stop-now';
import type { UnusedPeriodShare } from '@/lib/billing/unused-period-share';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { auditCreditNote } from '@/lib/services/audit/audit-credit-note';
import { invoiceAuditState } from '@/lib/services/audit/invoice-audit-state';
import { UNUSED_PERIOD_REASON } from './credit-unused-period';
import { createCreditNote } from './create-credit-note';
import { afterCreditNote, type IssuedCreditNote } from './issue-credit-note';
import { loadCreditableLines } from './load-creditable-lines';

/** A proration invoice's unused part at a stop, as the stop would credit it. */
export type ProrationCredit = { invoiceId: string; invoiceNumber: string | null; share: UnusedPeriodShare };

/**
 * The proration invoices of a subscription's running term (upgrades inside it) that a stop at
 * `now` would credit, each with its unused part (unusedProrationCredit); those already credited
 * for a stop, or with nothing unused, are left out. Reads only.
 */
export async function planUnusedProrationCredits(tx: DbOrTx, subscriptionId: string, now: Date, timeZone: string): Promise<ProrationCredit[]> {
  const rows = await tx
    .select({ invoiceId: invoices.id, number: invoices.number, changedAt: min(invoiceLines.periodStart), periodEnd: max(invoiceLines.periodEnd) })
    .from(invoices)
    .innerJoin(invoiceLines, and(eq(invoiceLines.invoiceId, invoices.id), eq(invoiceLines.kind, 'proration')))
    .where(
      and(
        eq(invoices.subscriptionId, subscriptionId),
        isNull(invoices.term),
        inArray(invoices.status, ['open', 'paid']),
        gt(invoiceLines.periodEnd, now),
      ),
    )
    .groupBy(invoices.id, invoices.number)
    .orderBy(invoices.number);
  const credits: ProrationCredit[] = [];
  for (const row of rows) {
    if (!row.changedAt || !row.periodEnd) continue;
    const [earlier] = await tx
      .select({ id: creditNotes.id })
      .from(creditNotes)
      .where(and(eq(creditNotes.invoiceId, row.invoiceId), like(creditNotes.reason, `${UNUSED_PERIOD_REASON}%`)))
      .limit(1);
    if (earlier) continue;
    const lines = await loadCreditableLines(tx, row.invoiceId);
    const share = unusedProrationCredit({ lines, changedAt: row.changedAt, periodEnd: row.periodEnd, now, timeZone });
    if (share.amountMinor > 0) credits.push({ invoiceId: row.invoiceId, invoiceNumber: row.number, share });
  }
  return credits;
}

/**
 * A subscription stopped inside a term it was upgraded in: besides the term's own invoice
 * (creditUnusedPeriod), each proration invoice of the term gives back its unused part, as a
 * credit note over all its lines (the old plan's credit and the new plan's charge, each with its
 * VAT category and rate, in proportion). A paid one goes to the balance, an open one owes that
 * much less. One note per invoice: a second call finds it and credits nothing more.
 */
export async function creditUnusedProrations(input: { subscriptionId: string; now: Date; staffUserId?: string | null }): Promise<IssuedCreditNote[]> {
  const { timeZone } = await getShopSettings(db);
  const planned = await planUnusedProrationCredits(db, input.subscriptionId, input.now, timeZone);
  const issued: IssuedCreditNote[] = [];
  for (const { invoiceId } of planned) {
    const created = await db.transaction(async (tx) => {
      const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, invoiceId)).for('update');
      // Planned again under the lock: a concurrent stop that credited it first leaves nothing.
      const again = (await planUnusedProrationCredits(tx, input.subscriptionId, input.now, timeZone)).find((c) => c.invoiceId === invoiceId);
      if (!invoice || !again) return null;
      const note = await createCreditNote(tx, {
        invoiceId,
        amountMinor: again.share.amountMinor,
        reason: stopNowCreditReason(again.share, `the upgrade on invoice ${invoice.number ?? ''}`.trim()),
        disposition: 'balance',
        staffUserId: input.staffUserId ?? null,
        now: input.now,
      });
      if (!note.ok) return null;
      if (input.staffUserId) await auditCreditNote(tx, input.staffUserId, invoiceAuditState(invoice), note.value);
      return note.value;
    });
    if (created) issued.push(await afterCreditNote(created, input.now));
  }
  return issued;
}
