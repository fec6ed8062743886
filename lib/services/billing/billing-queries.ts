import { and, asc, eq, exists, gt, isNotNull, isNull, lt, lte, notExists, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { billingActions, customers, invoices, payments, plans, subscriptions } from '@/db/schema';
import { clockCondition, REAL_TIME, type ClockScope } from './clock-scope';
import { dunningStepName } from './dunning-step-name';

/**
 * What the step-by-step driver (Inngest) reads from the database: the cursors its runs follow and
 * the selections of the daily cron. Everything returned is plain JSON (dates as ISO strings), since
 * it travels through Inngest step results.
 */

/** The pseudo-term of a subscription's end: an `end:*` cursor has no term (billing_actions logs -1). */
export const END_TERM = -1;

/** The term a cursor belongs to, as `billing/term.due` and billing_actions number it. */
export function cursorTerm(nextActionTerm: number | null): number {
  return nextActionTerm ?? END_TERM;
}

/** A subscription's engine cursor: its next action, the term it belongs to, and when it is due. */
export type CycleCursor = { action: string; term: number; at: string };

/** Whether billing_actions has the step: it is done (whichever driver did it). */
export async function isActionLogged(subscriptionId: string, term: number, action: string): Promise<boolean> {
  const [row] = await db
    .select({ term: billingActions.term })
    .from(billingActions)
    .where(and(eq(billingActions.subscriptionId, subscriptionId), eq(billingActions.term, term), eq(billingActions.action, action)));
  return Boolean(row);
}

/**
 * An open invoice's dunning cursor: the position of its next dunning step, when it is due, and
 * the step's name after what it does (`remind-1`, `suspend`: see dunningStepNames).
 */
export type DunningCursor = { invoiceId: string; position: number; at: string; step: string };

/** A term whose `billing-cycle` run should be started. */
export type TermToStart = { subscriptionId: string; term: number };

export async function readCycleCursor(subscriptionId: string): Promise<CycleCursor | null> {
  const [row] = await db
    .select({ action: subscriptions.nextAction, term: subscriptions.nextActionTerm, at: subscriptions.nextActionAt })
    .from(subscriptions)
    .where(eq(subscriptions.id, subscriptionId));
  if (!row?.action || !row.at) return null;
  return { action: row.action, term: cursorTerm(row.term), at: row.at.toISOString() };
}

/**
 * The clock a subscription lives on: real time, or its customer's test clock. The cycle applies
 * a step in that scope, so the batch code selects the row whichever customer it belongs to (the
 * scope only ever narrows a selection to the subscription's own clock).
 */
export async function clockScopeOf(subscriptionId: string): Promise<ClockScope> {
  const [row] = await db
    .select({ clockId: customers.testClockId })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(eq(subscriptions.id, subscriptionId));
  if (!row) throw new Error(`Subscription ${subscriptionId} does not exist`);
  return row.clockId ? { kind: 'test-clock', clockId: row.clockId } : REAL_TIME;
}

/** The dunning cursor of an invoice, or null when it is paid, void or has no step left. */
export async function readInvoiceDunning(invoiceId: string): Promise<DunningCursor | null> {
  const [row] = await db
    .select({ status: invoices.status, position: invoices.nextDunningStep, at: invoices.nextDunningAt, dunningPlanId: plans.dunningPlanId })
    .from(invoices)
    .leftJoin(subscriptions, eq(invoices.subscriptionId, subscriptions.id))
    .leftJoin(plans, eq(subscriptions.planId, plans.id))
    .where(eq(invoices.id, invoiceId));
  if (!row || row.status !== 'open' || row.position === null || !row.at) return null;
  const step = await dunningStepName(row.dunningPlanId, row.position);
  return { invoiceId, position: row.position, at: row.at.toISOString(), step };
}

/** The dunning cursor of a term's invoice: null when the term has no invoice or nothing to dun. */
export async function readTermDunning(subscriptionId: string, term: number): Promise<DunningCursor | null> {
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.subscriptionId, subscriptionId), eq(invoices.term, term)));
  return row ? readInvoiceDunning(row.id) : null;
}

/**
 * Autopay attempts of a term's invoice that were prepared but never reached the provider (the
 * charge after the `issue` step threw): they are handed to `charge-invoice`, which retries.
 * An attempt the provider accepted has its provider id and is settled by webhook instead.
 */
export async function unsentChargesOfTerm(subscriptionId: string, term: number): Promise<string[]> {
  const rows = await db
    .select({ id: payments.id })
    .from(payments)
    .innerJoin(invoices, eq(payments.invoiceId, invoices.id))
    .where(
      and(
        eq(invoices.subscriptionId, subscriptionId),
        eq(invoices.term, term),
        eq(payments.status, 'pending'),
        isNull(payments.providerPaymentId),
      ),
    )
    .orderBy(asc(payments.attempt));
  return rows.map((r) => r.id);
}

/**
 * Terms whose run should start now (for the daily cron): the subscription's next action is due
 * before `until` (or already overdue) and it is the first action of its term — nothing of that
 * term is in billing_actions yet, so no run has begun it (for the end of a pause: not logged yet).
 * Later actions of a term are followed by the run that began it. Real customers only: test clocks are advanced by their own sweep.
 * Keyset-paginated on the subscription id.
 */
export async function selectTermsToStart(input: { until: Date; afterId?: string; limit: number }): Promise<TermToStart[]> {
  const termOfCursor = sql`coalesce(${subscriptions.nextActionTerm}, ${END_TERM})`;
  const rows = await db
    .select({ subscriptionId: subscriptions.id, term: subscriptions.nextActionTerm })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(
      and(
        isNotNull(subscriptions.nextAction),
        isNotNull(subscriptions.nextActionAt),
        lte(subscriptions.nextActionAt, input.until),
        clockCondition(REAL_TIME),
        input.afterId ? gt(subscriptions.id, input.afterId) : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(billingActions)
            .where(
              and(
                eq(billingActions.subscriptionId, subscriptions.id),
                eq(billingActions.term, termOfCursor),
                // NOTE: the run that paused a subscription ends there (a pause can last a year):
                // the end of a pause of N terms is begun afresh, unless it is logged already.
                sql`(${subscriptions.nextAction} <> 'resume' or ${billingActions.action} = 'resume')`,
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(subscriptions.id))
    .limit(input.limit);
  return rows.map((r) => ({ subscriptionId: r.subscriptionId, term: cursorTerm(r.term) }));
}

/**
 * Subscriptions with engine work due before `before` and not done (for the daily cron's safety
 * net): a renewal cursor or an open invoice's dunning step that no run applied. Real customers
 * only. Keyset-paginated on the subscription id.
 */
export async function selectOverdueSubscriptions(input: { before: Date; afterId?: string; limit: number }): Promise<string[]> {
  const rows = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(
      and(
        clockCondition(REAL_TIME),
        input.afterId ? gt(subscriptions.id, input.afterId) : undefined,
        or(
          and(isNotNull(subscriptions.nextAction), lt(subscriptions.nextActionAt, input.before)),
          exists(
            db
              .select({ one: sql`1` })
              .from(invoices)
              .where(
                and(
                  eq(invoices.subscriptionId, subscriptions.id),
                  eq(invoices.status, 'open'),
                  isNotNull(invoices.nextDunningStep),
                  lt(invoices.nextDunningAt, input.before),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(asc(subscriptions.id))
    .limit(input.limit);
  return rows.map((r) => r.id);
}

/**
 * The terms of a subscription that need a run after its runs were canceled or lost: the term of
 * its cursor, and each term whose invoice is still being dunned. None for a test-clock
 * subscription (its clock's sweep drives it).
 */
const RESUME_RUN_LEAD_MS = 26 * 60 * 60 * 1000;

export async function termsNeedingRuns(subscriptionId: string): Promise<number[]> {
  const scope = await clockScopeOf(subscriptionId);
  if (scope.kind !== 'real') return [];
  const cursor = await readCycleCursor(subscriptionId);
  const dunned = await db
    .select({ term: invoices.term })
    .from(invoices)
    .where(
      and(
        eq(invoices.subscriptionId, subscriptionId),
        eq(invoices.status, 'open'),
        isNotNull(invoices.term),
        isNotNull(invoices.nextDunningStep),
      ),
    );
  const terms = new Set<number>(dunned.map((r) => r.term!));
  // NOTE: the end of a pause may be a year or more away, longer than a run may sleep: the daily
  // cron begins it when it is near (selectTermsToStart).
  const farResume = cursor?.action === 'resume' && Date.parse(cursor.at) - Date.now() > RESUME_RUN_LEAD_MS;
  if (cursor && !farResume) terms.add(cursor.term);
  return [...terms].sort((a, b) => a - b);
}

/**
 * The earliest engine work of a subscription due at `now`: its renewal cursor or an open
 * invoice's dunning step, renewals first on the same instant (as the sweep orders them).
 */
export async function earliestDueWork(
  subscriptionId: string,
  now: Date,
): Promise<{ kind: 'renewal'; cursor: CycleCursor } | { kind: 'dunning'; dunning: DunningCursor } | null> {
  const cursor = await readCycleCursor(subscriptionId);
  const [invoice] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(
      and(
        eq(invoices.subscriptionId, subscriptionId),
        eq(invoices.status, 'open'),
        isNotNull(invoices.nextDunningStep),
        lte(invoices.nextDunningAt, now),
      ),
    )
    .orderBy(asc(invoices.nextDunningAt), asc(invoices.term))
    .limit(1);
  const renewalDue = cursor && new Date(cursor.at) <= now ? cursor : null;
  const dunning = invoice ? await readInvoiceDunning(invoice.id) : null;
  if (renewalDue && (!dunning || new Date(renewalDue.at) <= new Date(dunning.at))) return { kind: 'renewal', cursor: renewalDue };
  if (dunning) return { kind: 'dunning', dunning };
  return null;
}
