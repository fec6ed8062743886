import { eq, isNull, sql, type Column, type SQL } from 'drizzle-orm';
import { builtOnce, equalsLiteral, valueFor } from '@/db/built-once';
import { customers, invoices, orders, payments, subscriptions } from '@/db/schema';
import { clockCondition, type ClockScope } from './clock-scope';

/** The moment a check is asked for (`until`, `now`), given when it runs: see checksFor. */
const AT = 'at';
const at = (column: Column) => valueFor(column, AT);

/**
 * The earliest `date` (not null) of the rows `from` … `where`, whenever it is: a subquery with
 * no parameter of its own (only the scope's clock, if any), the check's moment being compared
 * with its answer outside. The earliest date is due by a moment iff any is, so the checks
 * answer as a filter on the moment would.
 * NOTE: on the embedded database planning such a check cost several times running it, and with
 * the moment inside, each kind's estimate depended on it, so each run was planned anew (a
 * custom plan); without it, the statement's plan is the same whatever the moment, and
 * PostgreSQL keeps its generic plan. `order by … limit 1` rather than min(): walked along the
 * date's index, a join does not keep it from stopping at the first row.
 */
function earliest(date: Column, from: SQL, where: SQL): SQL {
  return sql`(select ${date} from ${from} where ${where} and ${date} is not null order by ${date} limit 1)`;
}

const subscriptionsOf = sql`${subscriptions} inner join ${customers} on ${eq(subscriptions.customerId, customers.id)}`;
const invoicesOf = sql`${invoices} inner join ${customers} on ${eq(invoices.customerId, customers.id)}`;
const paymentsOf = sql`${payments} inner join ${customers} on ${eq(payments.customerId, customers.id)}`;
/** An open invoice: its dunning goes on (its next step is next_dunning_at). */
const dunningOpen = equalsLiteral(invoices.status, 'open');
/** An autopay charge prepared and not yet sent to the provider (its `chargeAt` says when; none: due at once). */
const autopayWaiting = sql`${equalsLiteral(payments.status, 'pending')} and ${equalsLiteral(payments.source, 'autopay')} and ${isNull(payments.providerPaymentId)}`;

/** Each kind's earliest date in a scope, whenever it is, and whether an autopay charge waits with no date. */
function earliestDates(scope: ClockScope) {
  const inScope = clockCondition(scope);
  return {
    renewal: earliest(subscriptions.nextActionAt, subscriptionsOf, inScope),
    dunning: earliest(invoices.nextDunningAt, invoicesOf, sql`${inScope} and ${dunningOpen}`),
    charge: earliest(payments.chargeAt, paymentsOf, sql`${inScope} and ${autopayWaiting}`),
    undatedCharge: sql`exists (select 1 from ${paymentsOf} where ${inScope} and ${autopayWaiting} and ${isNull(payments.chargeAt)})`,
    // Subscriptions' invoices and orders' first invoices alike: each sweep narrows it further.
    orderDunning: earliest(
      invoices.nextDunningAt,
      sql`${invoicesOf} inner join ${orders} on ${eq(orders.id, invoices.orderId)}`,
      sql`${inScope} and ${dunningOpen} and ${isNull(invoices.subscriptionId)} and ${equalsLiteral(orders.status, 'pending_payment')} and ${equalsLiteral(orders.invoiceAccess, 'payment')}`,
    ),
  };
}

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
  const dates = earliestDates(scope);
  const epochMs = (date: SQL) => sql`extract(epoch from ${date}) * 1000`;
  const dueBy = (date: SQL, column: Column) => sql`case when ${date} <= ${at(column)} then ${date} end`;
  // NOTE: one statement for the three: a driver replaying two years asks this before every
  // sweep, and on the embedded database each round trip costs more than the lookups themselves.
  // Each kind's own date too, so the driver knows which sweeps are due without asking dueKinds.
  // An autopay charge with no date (one an issue step prepared) is due at once, though no date
  // of its moves a driver's clock. `offset 0` keeps each subquery one plan (see earliest): pulled
  // up, each mention of its column would be another.
  return builtOnce<NextDueRow>(
    sql`select ${epochMs(sql`least(due.renewal, due.dunning, due.charge)`)} as at, ${epochMs(sql`due.renewal`)} as renewal, ${epochMs(sql`due.dunning`)} as dunning,
      ${epochMs(sql`due.charge`)} as charge, due.undated as "undatedCharge"
      from (select ${dueBy(sql`e.renewal`, subscriptions.nextActionAt)} as renewal, ${dueBy(sql`e.dunning`, invoices.nextDunningAt)} as dunning,
        ${dueBy(sql`e.charge`, payments.chargeAt)} as charge, e.undated
        from (select ${dates.renewal} as renewal, ${dates.dunning} as dunning, ${dates.charge} as charge, ${dates.undatedCharge} as undated offset 0) as e) as due`,
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
  const dates = earliestDates(scope);
  const dueBy = (date: SQL, column: Column) => sql`coalesce(${date} <= ${at(column)}, false)`;
  // As nextDueStatement: each kind's earliest date, then whether it is due by `now`.
  return builtOnce<DueKinds>(
    sql`select ${dueBy(sql`e.renewal`, subscriptions.nextActionAt)} as renewal, e.undated or ${dueBy(sql`e.charge`, payments.chargeAt)} as charge,
      ${dueBy(sql`e.dunning`, invoices.nextDunningAt)} as dunning, ${dueBy(sql`e.order_dunning`, invoices.nextDunningAt)} as "orderDunning"
      from (select ${dates.renewal} as renewal, ${dates.dunning} as dunning, ${dates.charge} as charge, ${dates.undatedCharge} as undated,
        ${dates.orderDunning} as order_dunning offset 0) as e`,
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
