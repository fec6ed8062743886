import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { composePendingEmails } from '@/lib/services/email/compose-pending-emails';
import { relayEvents } from '@/lib/services/events/relay-events';
import { deliverWebhooks } from '@/lib/services/webhooks/deliver-webhooks';
import { pollChargebacks } from '@/lib/services/payments/poll-chargebacks';
import { sweepStalePayments } from '@/lib/services/payments/sweep-stale-payments';
import { sendCardExpiryNotices } from '@/lib/services/payment-methods/send-card-expiry-notices';
import { revokeDueMandates } from '@/lib/services/payment-methods/revoke-mandates';
import { compactDashboardTotals } from '@/lib/services/metrics/compact-dashboard-totals';
import { applyDunningBatch } from './apply-dunning-batch';
import { applyRenewalBatch } from './apply-renewal-batch';
import { REAL_TIME, type ClockScope } from './clock-scope';
import { loadEngineContext, type EngineContext } from './engine-context';
import { dueKindsInScope, type DueKinds } from './next-due-in-scope';
import { runCharge } from './run-charge';
import { selectDueDunning } from './select-due-dunning';
import { selectPendingCharges } from './select-pending-charges';
import { selectDueRenewals } from './select-due-renewals';
import { applyOrderDunningBatch } from './orders/apply-order-dunning-batch';
import { selectDueOrderDunning } from './orders/select-due-order-dunning';

export type TickReport = { renewals: number; dunning: number; charges: number; failed: { subscriptionId: string; error: string }[] };

/**
 * The embedded driver: applies everything due at `now`, in batches, until nothing is due, then
 * relays the domain events still undelivered.
 * Each batch is one transaction; a batch that fails is retried one subscription at a time, and a
 * subscription that still fails gets its error recorded (shown on the dashboard) and is left for
 * the next tick, without stopping the others.
 */
export async function tick(input: {
  now: Date;
  scope?: ClockScope;
  batchSize?: number;
  /** Compose the e-mails the steps decided on (default). The benchmark times it separately. */
  composeEmails?: boolean;
  /** Renewal batches in flight at once, each in its own transaction and connection. */
  concurrency?: number;
  /**
   * Run what follows the steps (card expiry notices, e-mails, stale payments, the event relay,
   * webhooks; default). A driver replaying many dates in a row (the demo history) runs them
   * once at its end instead of after every date.
   */
  followUps?: boolean;
  /**
   * The settings, reminder processes and seller to bill with, loaded once by a driver that ticks
   * many dates in a row while nothing can change them (the demo history); otherwise each batch
   * loads them in its own transaction, so a change of settings applies from the next batch.
   */
  context?: EngineContext;
  /**
   * Ask first which sweeps have anything due (one statement, dueKindsInScope) and open a
   * transaction only for those: for a driver that ticks hundreds of dates in a row, where most
   * sweeps of most dates would find nothing (the demo history). What a sweep does can make
   * another kind due, so the answer is asked again after a sweep that did something; the sweeps
   * run in the same order and apply the same rows as without it.
   */
  skipIdleSweeps?: boolean;
  /**
   * With skipIdleSweeps, which sweeps have anything due at `now` as the caller already knows it
   * (dueKindsAt, from the due dates it asked before this date): used instead of the first ask.
   * Asked again after a sweep that did something, as without it.
   */
  dueKinds?: DueKinds;
}): Promise<TickReport> {
  const scope = input.scope ?? REAL_TIME;
  const batchSize = input.batchSize ?? 1000;
  // NOTE: two batches at once keep both sides busy: while PostgreSQL writes one batch, this
  // process prices the next. SKIP LOCKED gives them disjoint subscriptions; they meet only at
  // the invoice number counter, which each takes as the last thing before it commits.
  const concurrency = input.concurrency ?? 2;
  const report: TickReport = { renewals: 0, dunning: 0, charges: 0, failed: [] };
  const failedIds = () => report.failed.map((f) => f.subscriptionId);
  // Charges tried in this tick: one that errors is left for the next tick, not retried in a loop.
  const tried = new Set<string>();
  // Order invoices whose step failed in this tick: left for the next tick, like a failing subscription.
  const failedOrderInvoices = new Set<string>();

  // Renewals, then dunning, until both are quiet (a renewal can make dunning due and back).
  // Without skipIdleSweeps every sweep runs; with it, `dueKinds` is what was due when last asked.
  const everything: DueKinds = { renewal: true, charge: true, dunning: true, orderDunning: true };
  const given = input.skipIdleSweeps ? input.dueKinds : undefined;
  let dueKinds = given ?? everything;
  // Whether `dueKinds` was asked (or given) since the last sweep that did something: asked again
  // before anything changed, it would give the same answer (a round after one that dunned, say).
  let asked = given !== undefined;
  const askAgain = async () => {
    if (!input.skipIdleSweeps || asked) return;
    dueKinds = await dueKindsInScope(scope, input.now);
    asked = true;
  };
  const changed = (handled: number) => {
    if (handled > 0) asked = false;
    return handled;
  };
  for (let round = 0; round < 10_000; round += 1) {
    await askAgain();
    if (!dueKinds.renewal && !dueKinds.charge && !dueKinds.dunning && !dueKinds.orderDunning) break;
    const renewed = !dueKinds.renewal ? 0 : await sweep('renewal', concurrency, async (ids) =>
      db.transaction(async (tx) => {
        const ctx = input.context ?? (await loadEngineContext(tx, scope));
        const due = await selectDueRenewals(tx, { now: input.now, scope, limit: ids ? ids.length : batchSize, exclude: failedIds(), subscriptionIds: ids });
        await applyRenewalBatch(tx, due, ctx, input.now);
        return due.map((d) => d.subscription.id);
      }),
    );
    report.renewals += changed(renewed);
    // Charges before dunning: an autopay attempt or retry (days after the issue) comes before
    // the reminders (after the due date), so a retry that succeeds sends no reminder.
    // NOTE: the charges' own select is as cheap as asking again: after a renewal that did
    // something (an issue step prepares a charge), it simply runs.
    const charged = changed(!dueKinds.charge && renewed === 0 ? 0 : await runDueCharges());
    if (renewed > 0 || charged > 0) await askAgain();
    const dunned = !dueKinds.dunning ? 0 : await sweep('dunning', 1, async (ids) =>
      db.transaction(async (tx) => {
        const ctx = input.context ?? (await loadEngineContext(tx, scope));
        const due = await selectDueDunning(tx, {
          now: input.now,
          scope,
          limit: batchSize,
          exclude: failedIds(),
          subscriptionIds: ids,
        });
        await applyDunningBatch(tx, due, ctx, input.now);
        return due.map((d) => d.subscription.id);
      }),
    );
    // Orders waiting for their money (access on payment): no subscription to dun yet, so their
    // reminders and lapse run here, in the same run and on the same dates.
    if (changed(dunned) > 0) await askAgain();
    const ordersDunned = !dueKinds.orderDunning ? 0 : await sweep('order-dunning', 1, async (ids) =>
      db.transaction(async (tx) => {
        const due = await selectDueOrderDunning(tx, { now: input.now, scope, limit: batchSize, exclude: [...failedOrderInvoices], invoiceIds: ids });
        // Few sweeps find an order due: the context is loaded only for those that do.
        if (due.length > 0) await applyOrderDunningBatch(tx, due, input.context ?? (await loadEngineContext(tx, scope)), input.now);
        return due.map((d) => d.invoice.id);
      }),
    );
    report.dunning += dunned + changed(ordersDunned);
    if (renewed === 0 && dunned === 0 && ordersDunned === 0 && charged === 0) break;
  }
  if (input.followUps === false) return report;
  // Cards that stop working within 30 days: each holder told once (marked on the card).
  await sendCardExpiryNotices({ now: input.now, scope });
  if (input.composeEmails !== false) {
    await composePendingEmails({ testClockId: scope.kind === 'real' ? null : scope.clockId });
  }
  // Provider payments a lost webhook or a crash left pending. Real customers only, on wall-clock
  // time: their age is a real provider's, whatever `now` this sweep bills on.
  if (scope.kind === 'real') await sweepStalePayments({ now: new Date() });
  // Chargebacks whose webhook was lost: each provider's list read once a day (the poll keeps its
  // own schedule and watermark), on wall-clock time like the provider's.
  if (scope.kind === 'real') {
    await pollChargebacks({ now: new Date() }).catch((error: unknown) => console.error('[payments] chargeback poll failed:', describeError(error)));
  }
  // Mandates of removed methods that a provider outage left standing: ended now, on wall-clock time.
  if (scope.kind === 'real') {
    await revokeDueMandates({ now: new Date() }).catch((error: unknown) => console.error('[payments] mandate revocations failed:', describeError(error)));
  }
  // Domain events no nudge delivered: their writer died after the commit, or a failed delivery
  // is due again. Wall-clock time, whatever clock this sweep runs on.
  await relayEvents();
  // The dashboard's daily totals: the delta rows of every write since the last sweep, folded.
  if (scope.kind === 'real') {
    await compactDashboardTotals().catch((error: unknown) => console.error('[metrics] dashboard totals compaction failed:', describeError(error)));
  }
  // Outgoing webhooks due now (queued by the relay), on wall-clock time like the relay.
  if (scope.kind === 'real') {
    await deliverWebhooks({ maxBatches: 5 }).catch((error: unknown) => console.error('[webhooks] delivery run failed:', describeError(error)));
  }
  return report;

  /**
   * Runs batches of one kind until none is due, `workers` at a time. When a batch fails, its due
   * subscriptions run one at a time: a failing one gets its error recorded and is left out of the
   * rest of the sweep, so the next batch makes progress and the others are not held up.
   */
  async function sweep(kind: SweepKind, workers: number, batch: (ids?: string[]) => Promise<string[]>): Promise<number> {
    let handled = 0;
    const worker = async () => {
      for (;;) {
        try {
          const ids = await batch();
          handled += ids.length;
          // NOTE: a batch short of the limit took everything due when it was selected (rows
          // another worker holds are that worker's), so asking again would only come back
          // empty: a transaction per kind per round saved. What a step makes due anew at `now`
          // (the next reminder, a retry) the next round picks up, since this one did something.
          if (ids.length < batchSize) return;
        } catch {
          const due = await dueIds(kind);
          if (due.length === 0) return;
          for (const id of due) {
            try {
              handled += (await batch([id])).length;
            } catch (error) {
              await recordFailure(kind, id, error);
            }
          }
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, worker));
    return handled;
  }

  /** Every autopay attempt due at `now`, each on its own date, until none is left. */
  async function runDueCharges(): Promise<number> {
    let charged = 0;
    for (;;) {
      const due = await selectPendingCharges({ scope, now: input.now, limit: batchSize, exclude: tried });
      if (due.length === 0) return charged;
      for (const charge of due) {
        tried.add(charge.paymentId);
        try {
          await runCharge(charge.paymentId, input.now);
          charged += 1;
          report.charges += 1;
        } catch (error) {
          // The attempt stays pending and is picked up again; one provider error stops no sweep.
          console.error(`[billing] charge ${charge.paymentId} failed:`, describeError(error));
        }
      }
      // As in sweep(): a short batch was everything due; a charge that fails waits out its retry.
      if (due.length < batchSize) return charged;
    }
  }

  async function dueIds(kind: SweepKind): Promise<string[]> {
    const query = { now: input.now, scope, limit: batchSize, exclude: failedIds() };
    return db.transaction(async (tx) => {
      if (kind === 'renewal') return (await selectDueRenewals(tx, query)).map((d) => d.subscription.id);
      if (kind === 'dunning') return (await selectDueDunning(tx, query)).map((d) => d.subscription.id);
      return (await selectDueOrderDunning(tx, { ...query, exclude: [...failedOrderInvoices] })).map((d) => d.invoice.id);
    });
  }

  async function recordFailure(kind: SweepKind, id: string, error: unknown): Promise<void> {
    if (kind === 'order-dunning') {
      // No subscription to note it on: the step stays due and is retried by the next tick.
      failedOrderInvoices.add(id);
      console.error(`[billing] order invoice ${id}: reminder step failed:`, describeError(error));
      return;
    }
    const subscriptionId = id;
    const message = describeError(error);
    if (report.failed.some((f) => f.subscriptionId === subscriptionId)) return; // the other worker saw it too
    report.failed.push({ subscriptionId, error: message });
    await db
      .update(subscriptions)
      .set({ lastError: message.slice(0, 1000), lastErrorAt: input.now })
      .where(eq(subscriptions.id, subscriptionId));
  }
}

type SweepKind = 'renewal' | 'dunning' | 'order-dunning';

/** The message a merchant can read on the dashboard: the database's own reason, not our SQL. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}
