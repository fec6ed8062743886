import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { builtOnceQuery, jsonIds } from '@/db/built-once';
import { db, type Tx } from '@/db/client';
import { jsonRowsSource } from '@/db/bulk-insert';
import { invoices, paymentMethods, type PaymentMethod } from '@/db/schema';
import { amountOwed } from '@/lib/billing/amount-owed';
import { dunningCursor } from '@/lib/billing/dunning-round';
import type { PendingInvoice } from './create-renewal-invoices';
import { dunningStepsFor, type EngineContext } from './engine-context';
import { stepKey, type RenewalStepDue } from './plan-renewal-steps';

/** A charge to make after the step commits (network calls never run inside the transaction). */
export type PendingCharge = { paymentId: string };

type Charge = {
  invoiceId: string;
  attempt: number;
  chargeAt: Date;
  customerId: string;
  provider: string;
  method: PaymentMethod['type'];
  amountMinor: number;
  currency: string;
};
/** How an `issue` step leaves an invoice made in an earlier batch. */
type IssuedInvoice = { id: string; step: number | null; at: Date | null; paid: boolean; email: boolean };

/** What the `issue` steps of a batch decided, to be written by writeIssues. */
export type IssuePlan = { charges: Charge[]; cursors: IssuedInvoice[] };

/**
 * The `issue` step at the start of a term: the invoice is sent (PDF and pay link) or its autopay
 * charge is prepared, and its dunning clock starts from its due date. An invoice made in this
 * same batch is still in memory: its dunning cursor and e-mail flag go into its insert, not a
 * later update. The e-mail is composed right after the step commits (composePendingEmails).
 */
export async function prepareIssues(
  tx: Tx,
  steps: RenewalStepDue[],
  pendingByKey: Map<string, PendingInvoice>,
  ctx: EngineContext,
): Promise<IssuePlan> {
  const plan: IssuePlan = { charges: [], cursors: [] };
  if (steps.length === 0) return plan;
  const stored = await storedInvoices(tx, steps.filter((s) => !pendingByKey.has(stepKey(s.row.subscription.id, s.term, 'invoice'))));
  const mandates = await defaultMandates(tx, [...new Set(steps.map((s) => s.row.customer.id))]);

  for (const { row, term, at } of steps) {
    const sub = row.subscription;
    const pending = pendingByKey.get(stepKey(sub.id, term, 'invoice'));
    const invoice = pending
      ? {
          id: pending.id,
          status: pending.status,
          currency: pending.priced.currency,
          totalMinor: pending.priced.totalMinor,
          amountPaidMinor: pending.balanceAppliedMinor,
          creditedMinor: 0,
          dueAt: pending.dates.dueAt,
          // The balance payment, when there is one, is attempt 1.
          attempts: pending.balanceAppliedMinor > 0 ? 1 : 0,
        }
      : stored.get(stepKey(sub.id, term, 'invoice'));
    if (!invoice) throw new Error(`Subscription ${sub.id}: no invoice for term ${term} to issue`);
    if (invoice.status !== 'open') continue; // paid early (or voided): nothing to send or dun

    const issued = (step: number | null, at: Date | null, paid: boolean, email: boolean) => {
      if (pending) {
        Object.assign(pending, { nextDunningStep: step, nextDunningAt: at, emailPending: email });
        if (paid) Object.assign(pending, { status: 'paid', paidAt: pending.dates.dueAt });
      } else plan.cursors.push({ id: invoice.id, step, at, paid, email });
    };
    if (invoice.totalMinor === 0) {
      issued(null, null, true, false);
      continue;
    }
    const first = dunningCursor(invoice.dueAt!, dunningStepsFor(ctx, row.plan.dunningPlanId), 0, ctx.timeZone);
    // Without a mandate, or on a subscription whose invoices the merchant sends, the invoice is
    // e-mailed (PDF attached; the pay link is signed when the e-mail is composed, not in the bill run).
    const mandate = sub.collection === 'send_invoice' ? undefined : mandates.get(row.customer.id);
    issued(first.nextDunningStep, first.nextDunningAt, false, !mandate);
    if (mandate) {
      plan.charges.push({
        invoiceId: invoice.id,
        // NOTE: after every earlier payment of the invoice (its balance, a bank transfer), keyed
        // (invoice, attempt): a replayed step finds it, and its id is the idempotency key.
        attempt: invoice.attempts + 1,
        chargeAt: at,
        customerId: row.customer.id,
        provider: mandate.provider,
        method: mandate.type,
        amountMinor: amountOwed(invoice),
        currency: invoice.currency,
      });
    }
  }
  return plan;
}

/**
 * Writes what prepareIssues decided for invoices made in earlier batches, and the autopay
 * attempts. Call it after the invoices of this batch are inserted (payments name them).
 */
export async function writeIssues(tx: Tx, plan: IssuePlan): Promise<PendingCharge[]> {
  if (plan.cursors.length) {
    const rows = jsonRowsSource(
      [
        { name: 'id', type: 'uuid', value: (c: IssuedInvoice) => c.id },
        { name: 'step', type: 'int', value: (c) => c.step },
        { name: 'at', type: 'timestamptz', value: (c) => c.at },
        { name: 'paid', type: 'boolean', value: (c) => c.paid },
        { name: 'email', type: 'boolean', value: (c) => c.email },
      ],
      plan.cursors,
    );
    // NOTE: the ids also as `= any(array(...))`, which the invoices' primary key answers: joined
    // on the JSON rows alone (estimated at a hundred rows), the plan hashed them and read every
    // invoice (the demo history's last bill runs: 2 ms each).
    await tx.execute(sql`
      with v as (${rows})
      update invoices as i set
        next_dunning_step = v.step,
        next_dunning_at = v.at,
        status = case when v.paid then 'paid'::invoice_status else i.status end,
        paid_at = case when v.paid then i.due_at else i.paid_at end,
        email_pending = v.email
      from v
      where i.id = v.id and i.id = any(array(select v.id from v))`);
  }
  if (plan.charges.length === 0) return [];
  // NOTE: the attempts as one JSON parameter (db/bulk-insert.ts), not a multi-row VALUES: each
  // number of charges was another statement for drizzle to build and the server to prepare, on
  // every engine date of the demo history. The rows come back in the order given, as from VALUES.
  const charges = jsonRowsSource(
    [
      { name: 'invoice_id', type: 'uuid', value: (c: Charge) => c.invoiceId },
      { name: 'attempt', type: 'int', value: (c) => c.attempt },
      { name: 'charge_at', type: 'timestamptz', value: (c) => c.chargeAt },
      { name: 'customer_id', type: 'uuid', value: (c) => c.customerId },
      { name: 'provider', type: 'text', value: (c) => c.provider },
      { name: 'method', type: 'payment_method_type', value: (c) => c.method },
      { name: 'amount_minor', type: 'bigint', value: (c) => c.amountMinor },
      { name: 'currency', type: 'text', value: (c) => c.currency },
    ],
    plan.charges,
  );
  const created = await tx.execute<{ id: string }>(sql`
    insert into payments (invoice_id, attempt, charge_at, customer_id, provider, method, amount_minor, currency, status, source)
    select invoice_id, attempt, charge_at, customer_id, provider, method, amount_minor, currency, 'pending', 'autopay' from (${charges}) as c
    on conflict do nothing
    returning id`);
  return created.map((p) => ({ paymentId: p.id }));
}

/** Exactly the invoices of the terms being issued (not every invoice these subscriptions had). */
async function storedInvoices(tx: Tx, steps: RenewalStepDue[]) {
  if (steps.length === 0) return new Map();
  const wanted = jsonRowsSource(
    [
      { name: 'subscription_id', type: 'uuid', value: (s: RenewalStepDue) => s.row.subscription.id },
      { name: 'term', type: 'int', value: (s) => s.term },
    ],
    steps,
  );
  const rows = await tx
    .select({
      id: invoices.id,
      subscriptionId: invoices.subscriptionId,
      term: invoices.term,
      status: invoices.status,
      currency: invoices.currency,
      totalMinor: invoices.totalMinor,
      amountPaidMinor: invoices.amountPaidMinor,
      creditedMinor: invoices.creditedMinor,
      dueAt: invoices.dueAt,
      attempts: sql<number>`(select coalesce(max(p.attempt), 0)::int from payments p where p.invoice_id = "invoices"."id")`,
    })
    .from(invoices)
    .where(
      // NOTE: the subscriptions also as `= any(array(...))`, found through invoices_subscription_term_key:
      // the pairs alone were hashed against every invoice (anyOfJsonIds).
      sql`${invoices.subscriptionId} = any(array(select subscription_id from (${wanted}) as s))
        and (${invoices.subscriptionId}, ${invoices.term}) in (select subscription_id, term from (${wanted}) as w)`,
    );
  return new Map(rows.map((r) => [stepKey(r.subscriptionId!, r.term!, 'invoice'), r]));
}

/** NOTE: built once (db/built-once.ts): asked for each batch of every engine date. */
const mandatesStatement = builtOnceQuery<PaymentMethod>(() =>
  db
    .select()
    .from(paymentMethods)
    .where(
      and(
        sql`${paymentMethods.customerId} in ${jsonIds('customerIds')}`,
        eq(paymentMethods.isDefault, true),
        isNotNull(paymentMethods.mandateRef),
      ),
    ),
);

async function defaultMandates(tx: Tx, customerIds: string[]): Promise<Map<string, PaymentMethod>> {
  // NOTE: the ids as one JSON parameter: thousands of bound parameters made every batch a new
  // statement for the server to parse and describe.
  const rows = await mandatesStatement(tx, { customerIds: JSON.stringify(customerIds) });
  return new Map(rows.map((m) => [m.customerId, m]));
}
