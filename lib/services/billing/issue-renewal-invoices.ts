import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { invoices, paymentMethods, payments } from '@/db/schema';
import { dunningStepDates } from '@/lib/billing/dunning';
import { transition } from '@/lib/billing/lifecycle';
import { appUrl } from '@/lib/services/email/app-url';
import { composeLater, type ComposeLaterItem } from '@/lib/services/email/compose-later';
import type { EngineContext } from './engine-context';
import { dueTerm } from './due-term';
import type { DueRenewal } from './select-due-renewals';
import type { SubscriptionPatch } from './write-subscription-patches';

/** A charge to make after the step commits (network calls never run inside the transaction). */
export type PendingCharge = { paymentId: string };

/**
 * The `issue` step at the start of a term: the term becomes current (a trial ends), the invoice
 * is sent (PDF and pay link) or its autopay charge is prepared, and the invoice's dunning clock
 * starts from its due date.
 */
export async function issueRenewalInvoices(
  tx: Tx,
  due: DueRenewal[],
  patches: Map<string, SubscriptionPatch>,
  ctx: EngineContext,
): Promise<PendingCharge[]> {
  if (due.length === 0) return [];
  // Exactly the invoices of the terms being issued (not every invoice these subscriptions ever
  // had: that would grow with their history).
  const wanted = JSON.stringify(due.map((d) => ({ subscription_id: d.subscription.id, term: d.subscription.nextActionTerm })));
  const termInvoices = await tx
    .select()
    .from(invoices)
    .where(
      sql`(${invoices.subscriptionId}, ${invoices.term}) in (select subscription_id, term from json_to_recordset(${wanted}::json) as w(subscription_id uuid, term int))`,
    );
  const mandates = await tx
    .select()
    .from(paymentMethods)
    .where(
      and(
        inArray(
          paymentMethods.customerId,
          due.map((d) => d.customer.id),
        ),
        eq(paymentMethods.isDefault, true),
        isNotNull(paymentMethods.mandateRef),
      ),
    );

  const charges: { invoiceId: string; customerId: string; provider: string; method: (typeof mandates)[number]['type']; amountMinor: number; currency: string }[] = [];
  const dunning: { id: string; step: number | null; at: Date | null; paid: boolean }[] = [];
  const emails: ComposeLaterItem[] = [];

  for (const row of due) {
    const { subscription: sub, plan } = row;
    const { term, dates } = dueTerm(row, ctx);
    const invoice = termInvoices.find((i) => i.subscriptionId === sub.id && i.term === term);
    if (!invoice) throw new Error(`Subscription ${sub.id}: no invoice for term ${term} to issue`);

    const patch = patches.get(sub.id)!;
    patch.currentTerm = term;
    patch.currentPeriodStart = dates.start;
    patch.currentPeriodEnd = dates.end;
    if (patch.status === 'trialing') {
      const next = transition('trialing', 'trial_ended');
      if (!next.ok) throw new Error(next.error);
      patch.status = next.value;
    }

    if (invoice.status !== 'open') continue; // paid early (or voided): nothing to send or dun
    if (invoice.totalMinor === 0) {
      dunning.push({ id: invoice.id, step: null, at: null, paid: true });
      continue;
    }
    const steps = plan.dunningPlanId ? (ctx.dunningPlans.get(plan.dunningPlanId)?.effectiveSteps ?? []) : [];
    const first = steps.length ? dunningStepDates(invoice.dueAt!, steps, ctx.timeZone)[0]! : null;
    dunning.push({ id: invoice.id, step: first ? 0 : null, at: first, paid: false });

    const mandate = mandates.find((m) => m.customerId === row.customer.id);
    if (mandate) {
      charges.push({
        invoiceId: invoice.id,
        customerId: row.customer.id,
        provider: mandate.provider,
        method: mandate.type,
        amountMinor: invoice.totalMinor - invoice.amountPaidMinor,
        currency: invoice.currency,
      });
    } else {
      emails.push({
        builder: 'invoice',
        dedupeKey: `invoice:${invoice.id}`,
        testClockId: row.customer.testClockId,
        input: { invoiceId: invoice.id, payUrl: appUrl(`/account/invoices/${invoice.id}`) },
      });
    }
  }

  await writeDunningCursors(tx, dunning);
  // The invoice e-mails (PDF attached) are composed right after the step commits.
  await composeLater(tx, emails);
  if (charges.length === 0) return [];
  // NOTE: attempt 1 of each charge, keyed (invoice, attempt): a replayed step finds it and the
  // payment id is the provider's idempotency key, so the card is charged once.
  const created = await tx
    .insert(payments)
    .values(charges.map((c) => ({ ...c, attempt: 1, status: 'pending' as const })))
    .onConflictDoNothing()
    .returning({ id: payments.id });
  return created.map((p) => ({ paymentId: p.id }));
}

async function writeDunningCursors(tx: Tx, rows: { id: string; step: number | null; at: Date | null; paid: boolean }[]) {
  if (rows.length === 0) return;
  await tx.execute(sql`
    update invoices as i set
      next_dunning_step = v.step,
      next_dunning_at = v.at,
      status = case when v.paid then 'paid'::invoice_status else i.status end,
      paid_at = case when v.paid then i.due_at else i.paid_at end
    from json_to_recordset(${JSON.stringify(rows)}::json) as v(id uuid, step int, at timestamptz, paid boolean)
    where i.id = v.id`);
}
