import crypto from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { invoiceLines, invoices, payments, plans, products, subscriptions, type Plan } from '@/db/schema';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { planByCode } from '@/test/support/checkout-fixtures';

/**
 * The calendar through the whole engine (checkout, sweep, autopay) on test clocks: anchors on the
 * 28th-31st and on Feb 29, weekly / monthly / quarterly / yearly, for up to 48 months (see
 * CLOCKS). Asserted from the database: one invoice per (subscription, term), contiguous plan
 * periods, the anchor day restored after a short month, 10:00 local across DST, all paid.
 *
 * Every expected date comes from the small wall-clock oracle below (Intl only, not the engine's
 * date-fns code), plus a few dates written out by hand.
 */

const ZONE = 'Europe/Amsterdam';
const LOCAL_HOUR = 10;
const DAY_MS = 86_400_000;

// ---- Wall-clock oracle (Europe/Amsterdam) ---------------------------------------------------

type LocalDate = { y: number; m: number; d: number }; // m: 1-12
type LocalTime = LocalDate & { hh: number; mm: number };

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function local(instant: Date): LocalTime {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), hh: Number(p.hour), mm: Number(p.minute) };
}

/** The instant of a local wall-clock time (10:00 always exists and is never ambiguous here). */
function instantOf(t: LocalTime): Date {
  const wall = Date.UTC(t.y, t.m - 1, t.d, t.hh, t.mm);
  let guess = wall;
  for (let i = 0; i < 3; i += 1) {
    const seen = local(new Date(guess));
    guess = wall - (Date.UTC(seen.y, seen.m - 1, seen.d, seen.hh, seen.mm) - guess);
  }
  const check = local(new Date(guess));
  if (check.y !== t.y || check.m !== t.m || check.d !== t.d || check.hh !== t.hh || check.mm !== t.mm) {
    throw new Error(`No single instant for ${JSON.stringify(t)} in ${ZONE}`);
  }
  return new Date(guess);
}

const at10 = (d: LocalDate) => instantOf({ ...d, hh: LOCAL_HOUR, mm: 0 });
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const dayNumber = (d: LocalDate) => Date.UTC(d.y, d.m - 1, d.d) / DAY_MS;
const iso = (d: LocalDate) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

/** The anchor's day `months` later, or that month's last day when it is shorter. */
function addLocalMonths(anchor: LocalDate, months: number): LocalDate {
  const index = anchor.y * 12 + (anchor.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(anchor.d, daysInMonth(y, m)) };
}

function addLocalDays(date: LocalDate, days: number): LocalDate {
  const t = new Date((dayNumber(date) + days) * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

// ---- The table ------------------------------------------------------------------------------

type Kind = 'weekly' | 'monthly' | 'quarterly' | 'yearly';
/**
 * `months`: the interval in months (null: weekly). How long each runs, and the whole terms (N)
 * expected in that time, are on the clocks below.
 */
type Cadence = { label: string; kind: Kind; months: number | null };
const CADENCES: Cadence[] = [
  { label: 'weekly', kind: 'weekly', months: null },
  { label: 'monthly', kind: 'monthly', months: 1 },
  { label: 'quarterly', kind: 'quarterly', months: 3 },
  { label: 'yearly', kind: 'yearly', months: 12 },
];
const SEEDED_PLAN: Record<Exclude<Kind, 'weekly'>, string> = {
  monthly: 'trendhouse-monthly',
  quarterly: 'trendhouse-quarterly',
  yearly: 'trendhouse-yearly',
};

const JAN_28_31: LocalDate[] = [28, 29, 30, 31].map((d) => ({ y: 2027, m: 1, d }));
const FEB_29: LocalDate = { y: 2028, m: 2, d: 29 };
const ANCHORS: LocalDate[] = [...JAN_28_31, FEB_29];

/** Local start date of term k (0 = the anchor), by the oracle. */
function startDate(anchor: LocalDate, cadence: Cadence, k: number): LocalDate {
  return cadence.months === null ? addLocalDays(anchor, 7 * k) : addLocalMonths(anchor, cadence.months * k);
}
const startOf = (anchor: LocalDate, cadence: Cadence, k: number) => at10(startDate(anchor, cadence, k));

/** Written out by hand, not by the oracle: local start dates of terms 1, 2, ... */
const SPOT: Record<string, string[]> = {
  '2027-01-31 monthly': ['2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31'],
  '2027-01-30 monthly': ['2027-02-28', '2027-03-30', '2027-04-30', '2027-05-30'],
  '2027-01-29 monthly': ['2027-02-28', '2027-03-29', '2027-04-29'],
  '2027-01-28 monthly': ['2027-02-28', '2027-03-28', '2027-04-28'],
  '2027-01-31 quarterly': ['2027-04-30', '2027-07-31', '2027-10-31', '2028-01-31', '2028-04-30'],
  '2027-01-31 yearly': ['2028-01-31', '2029-01-31'],
  '2028-02-29 monthly': ['2028-03-29', '2028-04-29', '2028-05-29'],
  '2028-02-29 quarterly': ['2028-05-29', '2028-08-29', '2028-11-29', '2029-02-28', '2029-05-29'],
  '2028-02-29 yearly': ['2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29'],
  '2027-01-28 weekly': ['2027-02-04', '2027-02-11', '2027-02-18'],
  '2028-02-29 weekly': ['2028-03-07', '2028-03-14', '2028-03-21', '2028-03-28', '2028-04-04'],
};
/** And as instants: 10:00 is 09:00Z in winter (CET) and 08:00Z in summer (CEST). */
const SPOT_UTC: Record<string, Record<number, string>> = {
  '2027-01-31 monthly': {
    1: '2027-02-28T09:00:00.000Z',
    2: '2027-03-31T08:00:00.000Z',
    9: '2027-10-31T09:00:00.000Z',
    13: '2028-02-29T09:00:00.000Z',
  },
  '2028-02-29 yearly': { 4: '2032-02-29T09:00:00.000Z' },
  // Summer time starts on Sunday 2027-03-28: the week from Thursday 25 March is 167 hours.
  '2027-01-28 weekly': { 8: '2027-03-25T09:00:00.000Z', 9: '2027-04-01T08:00:00.000Z' },
};

/**
 * The clocks. The four January anchors share a clock per horizon (the engine bills them in the
 * same batches, and their dates coincide in February and in 30-day months, saving ticks); that
 * clock runs to the last anchor's horizon (Jan 31), which for the earlier anchors adds at most 3
 * days, too few for another term: N stays as in the table (asserted). The month-based plans share
 * a clock because the quarterly and yearly dates are a subset of the monthly ones.
 */
const MONTH_BASED = CADENCES.filter((c) => c.months !== null);
const WEEKLY = CADENCES.filter((c) => c.months === null);
/**
 * Horizons: the test clock ticks the engine once per date something is due, so every month on a
 * clock costs time in every `npm test`. Feb 29 runs 48 months, the whole leap cycle (its yearly
 * term comes back to the 29th in 2032) and 52 weeks (both DST changes, a year end). The January
 * anchors run 25 months (every short month twice, both DST changes twice, two year ends, two
 * yearly renewals) and 18 weeks (the spring DST change). `terms`: the whole terms N on that
 * clock, written out rather than derived.
 */
type Clock = { anchors: LocalDate[]; cadences: Cadence[]; horizon: number; terms: Partial<Record<Kind, number>> };
const CLOCKS: Clock[] = [
  { anchors: JAN_28_31, cadences: MONTH_BASED, horizon: 25, terms: { monthly: 25, quarterly: 8, yearly: 2 } },
  { anchors: [FEB_29], cadences: MONTH_BASED, horizon: 48, terms: { monthly: 48, quarterly: 16, yearly: 4 } },
  { anchors: JAN_28_31, cadences: WEEKLY, horizon: 4, terms: { weekly: 17 } },
  { anchors: [FEB_29], cadences: WEEKLY, horizon: 12, terms: { weekly: 52 } },
];

// ---- Fixture --------------------------------------------------------------------------------

type Simulated = { subscriptionId: string; clockEnd: Date; terms: number; horizon: number };
const simulated = new Map<string, Simulated>(); // by `${iso(anchor)} ${kind}`
let weeklyPlan: Plan | undefined;
let weeklyProductId: string | undefined;

/** A weekly plan of our own (none is seeded), with the seeded plans' dunning plan. */
async function createWeeklyPlan(): Promise<Plan> {
  const monthly = await planByCode('trendhouse-monthly');
  const tag = crypto.randomBytes(4).toString('hex');
  const [product] = await db
    .insert(products)
    .values({ slug: `calendar-weekly-${tag}`, name: `Calendar weekly ${tag}`, kind: 'digital' })
    .returning();
  weeklyProductId = product!.id;
  // The default timeline on purpose (announce 14, invoice 7 days ahead): not shorter than the
  // interval, the case the schedule clamps.
  const [plan] = await db
    .insert(plans)
    .values({
      productId: product!.id,
      code: `calendar-weekly-${tag}`,
      name: 'Weekly',
      intervalUnit: 'week',
      intervalCount: 1,
      priceMinor: 800,
      currency: 'EUR',
      taxRateBp: 900,
      dunningPlanId: monthly.dunningPlanId,
    })
    .returning();
  return plan!;
}

/**
 * A clock started at the first anchor; at each anchor one simulated customer per cadence buys
 * with autopay; then the clock advances to the last anchor + `horizon` months.
 */
async function runClock(spec: Clock): Promise<void> {
  const clockEnd = at10(addLocalMonths(spec.anchors.at(-1)!, spec.horizon));
  const clock = await createTestClock({ name: `calendar ${spec.anchors.map(iso).join(' ')}`, startAt: at10(spec.anchors[0]!) });
  for (const anchor of spec.anchors) {
    const start = at10(anchor);
    const moved = await advanceTestClock({ clockId: clock.id, to: start });
    expect(moved.failed).toEqual([]);
    for (const cadence of spec.cadences) {
      const planId = cadence.kind === 'weekly' ? weeklyPlan!.id : (await planByCode(SEEDED_PLAN[cadence.kind])).id;
      const result = await subscribeSimulatedCustomer({ clockId: clock.id, planId, autopay: true, name: `${cadence.kind} ${iso(anchor)}` });
      if (!result.ok) throw new Error(result.error);
      const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, result.value.customerId));
      expect(sub!.anchorAt.toISOString()).toBe(start.toISOString());
      simulated.set(`${iso(anchor)} ${cadence.kind}`, { subscriptionId: sub!.id, clockEnd, terms: spec.terms[cadence.kind]!, horizon: spec.horizon });
    }
  }
  const report = await advanceTestClock({ clockId: clock.id, to: clockEnd });
  expect(report.failed).toEqual([]);
  expect(report.reachedAt.toISOString()).toBe(clockEnd.toISOString());
}

beforeAll(async () => {
  expect((await getShopSettings(db)).timeZone).toBe(ZONE);
  weeklyPlan = await createWeeklyPlan();
  // One after the other: the embedded database serves one transaction at a time, and clocks run
  // side by side were slower than in a row.
  for (const spec of CLOCKS) await runClock(spec);
}, 600_000);

afterAll(async () => {
  // Out of the shop's catalog again (the invoices still point at the rows).
  if (weeklyPlan) await db.update(plans).set({ active: false }).where(eq(plans.id, weeklyPlan.id));
  if (weeklyProductId) await db.update(products).set({ active: false }).where(eq(products.id, weeklyProductId));
});

// ---- The scenarios --------------------------------------------------------------------------

describe.each(ANCHORS.map((anchor) => ({ anchor, name: iso(anchor) })))('anchored on $name 10:00 Europe/Amsterdam, autopay', ({ anchor }) => {
  test.each(CADENCES)('$label', async (cadence) => {
    const key = `${iso(anchor)} ${cadence.kind}`;
    const { subscriptionId, clockEnd, terms, horizon } = simulated.get(key)!;

    // N: the terms that have started by the clock's end (by the oracle), as written in the table.
    let n = 0;
    while (startOf(anchor, cadence, n + 1) <= clockEnd) n += 1;
    expect(n, `whole terms in ${horizon} months`).toBe(terms);
    // A term is invoiced 7 local days before it starts; weekly, that is the day the term before
    // starts, so the next term is invoiced already (open, not yet charged).
    let invoicedThrough = n;
    while (at10(addLocalDays(startDate(anchor, cadence, invoicedThrough + 1), -7)) <= clockEnd) invoicedThrough += 1;
    expect(invoicedThrough).toBe(cadence.kind === 'weekly' ? n + 1 : n);

    // Exactly one engine invoice per (subscription, term), terms 1..invoicedThrough.
    const termInvoices = await db
      .select()
      .from(invoices)
      .where(eq(invoices.subscriptionId, subscriptionId))
      .orderBy(asc(invoices.term));
    expect(termInvoices.map((i) => i.term)).toEqual(Array.from({ length: invoicedThrough }, (_, k) => k + 1));

    // One plan line per term, 0..invoicedThrough (term 0 on the checkout invoice).
    const lines = await db
      .select({
        term: invoiceLines.term,
        periodStart: invoiceLines.periodStart,
        periodEnd: invoiceLines.periodEnd,
        invoiceTerm: invoices.term,
        status: invoices.status,
        issuedAt: invoices.issuedAt,
        dueAt: invoices.dueAt,
        paidAt: invoices.paidAt,
      })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoiceLines.invoiceId, invoices.id))
      .where(and(eq(invoiceLines.subscriptionId, subscriptionId), eq(invoiceLines.kind, 'plan')))
      .orderBy(asc(invoiceLines.term));
    expect(lines.map((l) => l.term)).toEqual(Array.from({ length: invoicedThrough + 1 }, (_, k) => k));

    const problems: string[] = [];
    const weekHours = new Set<number>();
    for (const [k, line] of lines.entries()) {
      const start = line.periodStart!;
      const end = line.periodEnd!;
      const startLocal = local(start);
      const label = `term ${k} [${start.toISOString()}, ${end.toISOString()})`;
      const want = startOf(anchor, cadence, k);
      const wantEnd = startOf(anchor, cadence, k + 1);
      if (start.getTime() !== want.getTime()) problems.push(`${label}: should start ${want.toISOString()} (${iso(local(want))} 10:00)`);
      if (end.getTime() !== wantEnd.getTime()) problems.push(`${label}: should end ${wantEnd.toISOString()}`);
      // Contiguous and never overlapping: non-empty, and each end is the next start.
      if (!(start < end)) problems.push(`${label}: empty or reversed`);
      const next = lines[k + 1];
      if (next && next.periodStart!.getTime() !== end.getTime()) {
        problems.push(`${label}: next term starts ${next.periodStart!.toISOString()}`);
      }
      // 10:00 local, winter and summer alike.
      if (startLocal.hh !== LOCAL_HOUR || startLocal.mm !== 0) problems.push(`${label}: starts ${startLocal.hh}:${startLocal.mm} local`);
      if (cadence.months !== null) {
        // The anchor's day when the month has it, else the month's last day.
        const wantDay = Math.min(anchor.d, daysInMonth(startLocal.y, startLocal.m));
        if (startLocal.d !== wantDay) problems.push(`${label}: day ${startLocal.d}, want ${wantDay}`);
      } else {
        const days = dayNumber(local(end)) - dayNumber(startLocal);
        if (days !== 7) problems.push(`${label}: ${days} local days`);
        weekHours.add((end.getTime() - start.getTime()) / 3_600_000);
      }
      if (k === 0) continue;
      // The engine's invoice of the term: dated 7 local days ahead, due 14 days after the start,
      // charged (autopay) on the term's first day once it has started.
      const invoiceAt = at10(addLocalDays(startDate(anchor, cadence, k), -7));
      const dueAt = at10(addLocalDays(startDate(anchor, cadence, k), 14));
      if (line.invoiceTerm !== k) problems.push(`${label}: on the invoice of term ${line.invoiceTerm}`);
      if (line.issuedAt?.getTime() !== invoiceAt.getTime()) {
        problems.push(`${label}: invoiced ${line.issuedAt?.toISOString()}, want ${invoiceAt.toISOString()}`);
      }
      if (line.dueAt?.getTime() !== dueAt.getTime()) problems.push(`${label}: due ${line.dueAt?.toISOString()}, want ${dueAt.toISOString()}`);
      if (k <= n && (line.status !== 'paid' || line.paidAt?.getTime() !== want.getTime())) {
        problems.push(`${label}: ${line.status}, paid ${line.paidAt?.toISOString()}, want paid ${want.toISOString()}`);
      }
      if (k > n && line.status !== 'open') problems.push(`${label}: not started, so open; is ${line.status}`);
    }
    expect(problems.slice(0, 12), `${problems.length} problems, the first 12`).toEqual([]);
    // 7 local days, not 168 hours: the weeks with a DST change are an hour shorter or longer.
    // (The January clocks end before autumn: only the spring change, 167 hours, is on them.)
    if (cadence.kind === 'weekly') expect([...weekHours].sort((a, b) => a - b)).toEqual(horizon >= 12 ? [167, 168, 169] : [167, 168]);

    const spot = SPOT[key];
    if (spot) expect(lines.slice(1, spot.length + 1).map((l) => iso(local(l.periodStart!)))).toEqual(spot);
    for (const [term, instant] of Object.entries(SPOT_UTC[key] ?? {})) {
      expect(lines[Number(term)]?.periodStart?.toISOString(), `term ${term}`).toBe(instant);
    }

    // Autopay: one successful charge per started term; nothing failed, nothing for a later term.
    const charges = await db
      .select({ invoiceId: payments.invoiceId, status: payments.status })
      .from(payments)
      .where(inArray(payments.invoiceId, termInvoices.map((i) => i.id)));
    const started = termInvoices.filter((i) => i.term! <= n).map((i) => i.id);
    expect(charges.map((c) => `${c.invoiceId} ${c.status}`).sort()).toEqual(started.map((id) => `${id} paid`).sort());

    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.id, subscriptionId));
    expect(sub).toMatchObject({ status: 'active', currentTerm: n, lastError: null });
    expect(sub!.currentPeriodStart.toISOString()).toBe(startOf(anchor, cadence, n).toISOString());
    expect(sub!.currentPeriodEnd.toISOString()).toBe(startOf(anchor, cadence, n + 1).toISOString());
  });
});
