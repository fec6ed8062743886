import { and, eq, gt } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { invoices, subscriptions, type CreditNote } from '@/db/schema';
import { transition } from '@/lib/billing/lifecycle';
import { err, ok, type Result } from '@/lib/billing/result';
import { aheadInvoiceOnStop, stopCredits } from '@/lib/billing/stop-credits';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { creditUnusedPeriod } from '@/lib/services/credit-notes/credit-unused-period';
import { creditUnusedProrations } from '@/lib/services/credit-notes/credit-unused-prorations';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { recordSubscriptionChanged } from '@/lib/services/events/billing-events';
import { nudgeEventRelay } from '@/lib/services/events/nudge-event-relay';
import { recordMrrMovement } from '@/lib/services/metrics/record-mrr-movement';
import { recordEvent } from '@/lib/services/events/record-event';

export type StopResult = {
  /** Credited to the customer's balance. */
  creditedMinor: number;
  /** Taken off what open invoices owe (a term not paid yet is credited there, not to the balance). */
  reducedOpenMinor: number;
  voidedInvoices: number;
  creditNoteIds: string[];
  /**
   * Why the running term gave nothing back (no invoiced term runs now, say): its credit note's
   * refusal as a dashboard.manage.messages code (bankNoteText words it), English where it has none.
   */
  runningCreditRefusal: string | null;
};

/**
 * A subscription stops at once: by the merchant (staff can stop any subscription by hand), or by
 * the customer where the merchant allows it (stopNowByCustomer, through `guard`). It ends now;
 * nothing more is billed. What was paid and not used comes back: the unused days of the running
 * term, on its own invoice and on each proration invoice of an upgrade inside it; and a next term
 * invoiced ahead of its start is voided while unpaid, or credited in full when already paid
 * (aheadInvoiceOnStop). The credits of paid money go to the
 * customer's balance; a credit on an invoice still unpaid lowers what it owes (stopCredits).
 */
export async function stopSubscriptionNow<E = string, G = null>(input: {
  subscriptionId: string;
  staffUserId: string | null;
  now: Date;
  /**
   * Runs first in the stop's transaction, the subscription locked (a customer's stop: their
   * rights, the amounts they confirmed, the early-exit fee invoice). An error stops everything.
   */
  guard?: (tx: Tx) => Promise<Result<G, E>>;
  /** What a stop that cannot be made answers (staff: a sentence; a customer: a coded error). */
  refuse?: (code: 'not_found' | 'not_running', message: string) => E;
}): Promise<Result<StopResult & { guarded: G | null }, E>> {
  const refuse = input.refuse ?? ((_code: string, message: string) => message as E);
  const stopped = await db.transaction(async (tx): Promise<Result<{ voided: number; paidAhead: string[]; guarded: G | null }, E>> => {
    const [sub] = await tx.select().from(subscriptions).where(eq(subscriptions.id, input.subscriptionId)).for('update');
    if (!sub) return err(refuse('not_found', 'That subscription does not exist.'));
    // First: a customer's guard answers for another customer's subscription before its state shows.
    const guarded = input.guard ? await input.guard(tx) : null;
    if (guarded && !guarded.ok) return guarded;
    const ended = transition(sub.status, 'end');
    if (!ended.ok) return err(refuse('not_running', `The subscription is ${sub.status}: there is nothing to stop.`));
    await tx
      .update(subscriptions)
      .set({
        status: ended.value,
        endedAt: input.now,
        canceledAt: sub.canceledAt ?? input.now,
        cancelAtPeriodEnd: false,
        nextAction: null,
        nextActionTerm: null,
        nextActionAt: null,
      })
      .where(eq(subscriptions.id, sub.id));
    await recordMrrMovement(tx, sub.id, input.now);
    await recordSubscriptionChanged(tx, sub.id);
    await recordEvent(tx, { name: 'subscription/ended', data: { subscriptionId: sub.id } });
    // Terms invoiced ahead of their start (the invoice step runs days before the term).
    const ahead = await tx
      .select({ id: invoices.id, status: invoices.status, amountPaidMinor: invoices.amountPaidMinor })
      .from(invoices)
      .where(and(eq(invoices.subscriptionId, sub.id), gt(invoices.term, sub.currentTerm)))
      .for('update');
    let voided = 0;
    const paidAhead: string[] = [];
    for (const invoice of ahead) {
      const outcome = aheadInvoiceOnStop(invoice);
      if (outcome === 'void') {
        await tx
          .update(invoices)
          .set({ status: 'void', nextDunningStep: null, nextDunningAt: null })
          .where(eq(invoices.id, invoice.id));
        await recordEvent(tx, { name: 'billing/invoice.voided', data: { invoiceId: invoice.id, subscriptionId: sub.id } });
        voided += 1;
      } else if (outcome === 'credit') paidAhead.push(invoice.id);
    }
    if (input.staffUserId) {
      await recordAudit(tx, {
        actorUserId: input.staffUserId,
        action: 'subscription.stop',
        record: { type: 'subscription', id: sub.id },
        before: { status: sub.status, canceledAt: sub.canceledAt, endedAt: sub.endedAt, nextAction: sub.nextAction },
        after: { status: ended.value, canceledAt: sub.canceledAt ?? input.now, endedAt: input.now, nextAction: null, voidedInvoices: voided, invoicesToCredit: paidAhead },
      });
    }
    return ok({ voided, paidAhead, guarded: guarded ? guarded.value : null });
  });
  if (!stopped.ok) return stopped;

  const notes: CreditNote[] = [];
  const running = await creditUnusedPeriod({ subscriptionId: input.subscriptionId, now: input.now, staffUserId: input.staffUserId });
  if (running.ok) notes.push(running.value.creditNote);
  // An upgrade inside the term has its own invoice: its unused part comes back too.
  for (const issued of await creditUnusedProrations({ subscriptionId: input.subscriptionId, now: input.now, staffUserId: input.staffUserId })) {
    notes.push(issued.creditNote);
  }
  for (const invoiceId of stopped.value.paidAhead) {
    // NOTE: an open invoice partly paid is credited in two notes: first what it still owes (it is
    // then settled), then the part paid, which goes to the balance. A paid one needs only the second.
    for (let note = 0; note < 2; note += 1) {
      const credited = await issueCreditNote({
        invoiceId,
        amountMinor: 'full',
        reason: 'Subscription stopped before this term began',
        disposition: 'balance',
        staffUserId: input.staffUserId,
        now: input.now,
      });
      if (!credited.ok) break;
      notes.push(credited.value.creditNote);
    }
  }
  await nudgeEventRelay([input.subscriptionId]);
  const credits = stopCredits(notes);
  return ok({
    creditedMinor: credits.toBalanceMinor,
    reducedOpenMinor: credits.offOpenInvoicesMinor,
    voidedInvoices: stopped.value.voided,
    creditNoteIds: notes.map((note) => note.id),
    runningCreditRefusal: running.ok ? null : (running.error.text ?? running.error.message),
    guarded: stopped.value.guarded,
  });
}
