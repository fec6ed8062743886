import { and, eq, exists, isNotNull, isNull, lte, min, or, sql, type Column, type SQL } from 'drizzle-orm';
import { builtOnce, valueFor } from '@/db/built-once';
import { db } from '@/db/client';
import { customers, invoices, orders, payments, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

/** The moment a check is asked for (`until`, `now`), given when it runs: see checksFor. */
const AT = 'at';
const at = (column: Column) => valueFor(column, AT);
/** A subscription whose next engine step (renewal, announcement, stop…) is due by AT. */
const renewalDueBy = () => and(isNotNull(subscriptions.nextActionAt), lte(subscriptions.nextActionAt, at(subscriptions.nextActionAt)));
/** An open invoice whose next dunning step is due by AT. */
const dunningDueBy = () => and(eq(invoices.status, 'open'), isNotNull(invoices.nextDunningAt), lte(invoices.nextDunningAt, at(invoices.nextDunningAt)));
/** An autopay charge prepared and not yet sent to the provider (its `chargeAt` says when). */
const autopayWaiting = and(eq(payments.status, 'pending'), eq(payments.source, 'autopay'), isNull(payments.providerPaymentId));

/**
 * The earliest engine date due in a scope at or before `until` (a renewal step, a dunning step,
 * an autopay retry waiting out its backoff), never earlier than `after`; null when nothing is due.
 * A driver that moves time forward (a test clock, the demo shop's history) runs the engine at
 * each such date in order, so a simulated year writes the rows a real year would.
 */
export async function nextDueInScope(scope: ClockScope, after: Date, until: Date): Promise<Date | null> {
  return (await nextDueByKindInScope(scope, after, until)).at;
}

/**
 * nextDueInScope's date (`at`), with each kind's own earliest date due by `until` (null: none),
 * and whether an autopay charge waits with no date (one prepared by an issue step is due at once).
 */
export type NextDueByKind = { at: Date | null; renewal: Date | null; dunning: Date | null; charge: Date | null; undatedCharge: boolean };

/** nextDueInScope, with what a driver needs to know which sweeps are due at the date it ticks at (dueKindsAt). */
export async function nextDueByKindInScope(scope: ClockScope, after: Date, until: Date): Promise<NextDueByKind> {
  const [row] = await checksFor(scope).nextDue({ [AT]: until });
  const date = (epochMs: string | number | null | undefined) => (epochMs === null || epochMs === undefined ? null : new Date(Number(epochMs)));
  const earliest = date(row?.at);
  return {
    at: earliest && earliest < after ? after : earliest,
    renewal: date(row?.renewal),
    dunning: date(row?.dunning),
    charge: date(row?.charge),
    undatedCharge: Boolean(row?.undatedCharge),
  };
}

/**
 * Which sweeps have anything due at `now`, from nextDueByKindInScope asked for an `until` at or
 * after `now` with nothing written in between: what dueKindsInScope would answer at `now`, without
 * asking. A kind whose earliest date is after `now` (or none by `until`) has nothing due at `now`.
 * NOTE: order dunning is dunning narrowed (an order waiting for its money): given as dunning, its
 * sweep may find nothing, never miss a step.
 */
export function dueKindsAt(next: NextDueByKind, now: Date): DueKinds {
  const by = (date: Date | null) => date !== null && date <= now;
  const dunning = by(next.dunning);
  return { renewal: by(next.renewal), charge: next.undatedCharge || by(next.charge), dunning, orderDunning: dunning };
}

/** Each date as milliseconds since the epoch (null: none due), as the driver reads them. */
type NextDueRow = { at: string | null; renewal: string | null; dunning: string | null; charge: string | null; undatedCharge: boolean };

function nextDueStatement(scope: ClockScope) {
  const renewal = db
    .select({ at: min(subscriptions.nextActionAt).as('at') })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(clockCondition(scope), renewalDueBy()));
  const dunning = db
    .select({ at: min(invoices.nextDunningAt).as('at') })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(clockCondition(scope), dunningDueBy()));
  // With the autopay charges an issue step prepared without a date: due at once (dueKindsStatement's
  // charge), though no date of theirs moves a driver's clock (min leaves them out).
  const charge = db
    .select({ at: min(payments.chargeAt).as('at'), undated: sql<boolean>`bool_or(${payments.chargeAt} is null)`.as('undated') })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(and(clockCondition(scope), autopayWaiting, or(isNull(payments.chargeAt), lte(payments.chargeAt, at(payments.chargeAt)))));
  const epochMs = (date: SQL) => sql`extract(epoch from ${date}) * 1000`;
  // NOTE: one statement for the three: a driver replaying two years asks this before every
  // sweep, and on the embedded database each round trip costs more than the lookups themselves.
  // Each kind's own date too, so the driver knows which sweeps are due without asking dueKinds.
  return builtOnce<NextDueRow>(
    sql`select ${epochMs(sql`least(renewal.at, dunning.at, charge.at)`)} as at, ${epochMs(sql`renewal.at`)} as renewal, ${epochMs(sql`dunning.at`)} as dunning,
      ${epochMs(sql`charge.at`)} as charge, charge.undated as "undatedCharge"
      from (${renewal}) as renewal, (${dunning}) as dunning, (${charge}) as charge`,
  );
}

/** Which of the engine's sweeps have anything due at `now` in a scope (dueKindsInScope). */
export type DueKinds = { renewal: boolean; charge: boolean; dunning: boolean; orderDunning: boolean };

/**
 * Whether anything is due at `now` for each of tick's sweeps, in one statement without locks: a
 * driver that ticks hundreds of dates in a row asks this instead of opening a transaction per
 * sweep that would find nothing. Each answer covers at least the rows its sweep would select
 * (the same conditions, without the sweep's exclusions and joins), so a `false` means that sweep
 * would have found nothing; a `true` may still find nothing (locked, excluded).
 */
export async function dueKindsInScope(scope: ClockScope, now: Date): Promise<DueKinds> {
  const [row] = await checksFor(scope).dueKinds({ [AT]: now });
  return { renewal: Boolean(row?.renewal), charge: Boolean(row?.charge), dunning: Boolean(row?.dunning), orderDunning: Boolean(row?.orderDunning) };
}

function dueKindsStatement(scope: ClockScope) {
  const renewal = db
    .select({ one: sql`1` })
    .from(subscriptions)
    .innerJoin(customers, eq(subscriptions.customerId, customers.id))
    .where(and(clockCondition(scope), renewalDueBy()));
  const charge = db
    .select({ one: sql`1` })
    .from(payments)
    .innerJoin(customers, eq(payments.customerId, customers.id))
    .where(and(clockCondition(scope), autopayWaiting, or(isNull(payments.chargeAt), lte(payments.chargeAt, at(payments.chargeAt)))));
  // Subscriptions' invoices and orders' first invoices alike: each sweep narrows it further.
  const dunning = db
    .select({ one: sql`1` })
    .from(invoices)
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(and(clockCondition(scope), dunningDueBy()));
  const orderDunning = db
    .select({ one: sql`1` })
    .from(invoices)
    .innerJoin(orders, eq(orders.id, invoices.orderId))
    .innerJoin(customers, eq(invoices.customerId, customers.id))
    .where(
      and(
        clockCondition(scope),
        dunningDueBy(),
        isNull(invoices.subscriptionId),
        eq(orders.status, 'pending_payment'),
        eq(orders.invoiceAccess, 'payment'),
      ),
    );
  return builtOnce<DueKinds>(
    sql`select ${exists(renewal)} as renewal, ${exists(charge)} as charge, ${exists(dunning)} as dunning, ${exists(orderDunning)} as "orderDunning"`,
  );
}

type Checks = { nextDue: ReturnType<typeof nextDueStatement>; dueKinds: ReturnType<typeof dueKindsStatement> };
/** The checks built per scope, the latest few scopes (the demo history and tests use one each). */
const built = new Map<string, Checks>();
const SCOPES_KEPT = 16;

/**
 * The two checks for a scope, built by drizzle once: a driver that replays two years asks them
 * thousands of times, and building their seven subqueries anew cost more CPU than running them.
 */
function checksFor(scope: ClockScope): Checks {
  const key = scope.kind === 'real' ? 'real' : scope.clockId;
  let checks = built.get(key);
  if (!checks) {
    checks = { nextDue: nextDueStatement(scope), dueKinds: dueKindsStatement(scope) };
    built.set(key, checks);
    if (built.size > SCOPES_KEPT) built.delete(built.keys().next().value!);
  }
  return checks;
}
