import { and, eq, inArray, sql } from 'drizzle-orm';
import { withAsyncCommits } from '@/db/async-commits';
import { db } from '@/db/client';
import { withGenericPlans } from '@/db/generic-plans';
import { withPreparedStatements } from '@/db/prepared-statements';
import { withMessageOverridesHeld } from '@/db/queries/texts/get-message-overrides';
import { billingActions, invoices, plans, subscriptions, users } from '@/db/schema';
import { demoStory, type DemoChange, type DemoCustomer } from '@/lib/billing/demo/demo-story';
import type { TestMandateBehaviour } from '@/lib/payments/test-provider-outcomes';
import type { ClockScope } from '@/lib/services/billing/clock-scope';
import { loadEngineContext } from '@/lib/services/billing/engine-context';
import { dueKindsAt, nextDueByKindInScope } from '@/lib/services/billing/next-due-in-scope';
import { tick } from '@/lib/services/billing/tick';
import { holdEventRelay } from '@/lib/services/events/nudge-event-relay';
import { getShopSettings, withShopSettingsHeld } from '@/lib/services/settings/get-shop-settings';
import { subscribeCustomerAt } from '@/lib/services/test-clocks/subscribe-customer-at';
import { withWebhookEndpointsHeld } from '@/lib/services/webhooks/enabled-endpoints';
import { applyDemoChange, payDemoInvoices } from './demo-story-steps';

export type DemoHistoryReport = {
  customers: number;
  changesTaken: number;
  changesRefused: number;
  engineDates: number;
  renewals: number;
  dunning: number;
  charges: number;
  transfers: number;
};

type StoryEvent = { at: Date; customer: DemoCustomer; change: DemoChange | null };

const MANDATE_OF: Record<string, TestMandateBehaviour> = { card: 'ok', 'flaky-card': 'flaky', 'failing-card': 'failing' };
/** The planner's statistics are renewed each time the number of customers has doubled, from this many. */
const FIRST_ANALYZE_AT = 16;

/**
 * Plays the demo shop's history (lib/billing/demo/demo-story.ts) through the real services, in
 * date order: each sign-up goes through checkout, each later decision through the service
 * Min Side calls, and between them the billing engine runs at every date something falls due
 * (renewals, charges and their retries, reminders, suspensions, ends), as the sweep would have
 * run on those days. Nothing is written as a final row: invoices, payments, the engine log and
 * the MRR ledger are what the engine wrote.
 *
 * `scope` is where the customers live: real time for the demo shop, a test clock in tests (so a
 * test never runs the engine over another test's real-time rows). `staffUserId` is who registers
 * the bank transfers of the customers who pay by invoice.
 *
 * NOTE: the e-mails the engine decided on are not composed (two years of mail rendered at once
 * would take minutes); their flags are cleared at the end, so the first sweep after the history
 * does not send them either. E-mails the services queue themselves (confirmations) are kept.
 */
export function simulateDemoHistory(input: DemoHistoryInput): Promise<DemoHistoryReport> {
  // NOTE: two years replay the same few hundred statements tens of thousands of times: prepared
  // once, each costs about half as much CPU on the embedded database.
  // Nor can the shop's settings, texts or webhook endpoints change meanwhile: read once, not in
  // every service the history calls (the texts: once for each e-mail; the endpoints: once for
  // each relay after a commit).
  // Its thousands of small transactions commit without waiting for their WAL (db/async-commits.ts).
  return withPreparedStatements(() =>
    withGenericPlans(db, () =>
      withAsyncCommits(db, () =>
        withShopSettingsHeld(db, () => withMessageOverridesHeld(db, () => withWebhookEndpointsHeld(() => playDemoHistory(input)))),
      ),
    ),
  );
}

type DemoHistoryInput = {
  scope: ClockScope;
  staffUserId: string;
  start: Date;
  end: Date;
  customers: number;
  seed: number;
  /** Where the customers' e-mail addresses are (e-mail addresses are unique): default demo.example. */
  emailDomain?: string;
};

async function playDemoHistory(input: DemoHistoryInput): Promise<DemoHistoryReport> {
  const testClockId = input.scope.kind === 'real' ? null : input.scope.clockId;
  const stories = demoStory({ seed: input.seed, start: input.start, end: input.end, customers: input.customers, emailDomain: input.emailDomain });
  const planIds = new Map((await db.select({ id: plans.id, code: plans.code }).from(plans)).map((p) => [p.code, p.id]));
  const { timeZone } = await getShopSettings(db);
  // Nothing changes the shop's settings while its history plays: one load for every sweep.
  const context = await loadEngineContext(db, input.scope);
  const events: StoryEvent[] = stories
    .flatMap((customer) => [{ at: customer.signupAt, customer, change: null }, ...customer.changes.map((change) => ({ at: change.at, customer, change }))])
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.customer.index - b.customer.index);

  const report: DemoHistoryReport = { customers: 0, changesTaken: 0, changesRefused: 0, engineDates: 0, renewals: 0, dunning: 0, charges: 0, transfers: 0 };
  const customerIds = new Map<number, string>();
  const payers = new Map<string, DemoCustomer['payer']>();
  let now = input.start;
  let next = 0;
  let analyzeAt = FIRST_ANALYZE_AT;
  for (;;) {
    const storyAt = events[next]?.at ?? null;
    const until = storyAt && storyAt < input.end ? storyAt : input.end;
    const dueBy = await nextDueByKindInScope(input.scope, now, until);
    const due = dueBy.at;
    // The engine first on a shared instant, as the sweep would have run before the customer acted.
    if (due && (!storyAt || due <= storyAt)) {
      // NOTE: one sweep a day, at the day's end (or just before the customer's next decision),
      // like the daily cron: everything due that day is applied together, which keeps two years
      // to about 700 sweeps whatever the number of customers. One batch at a time: two in flight
      // would take invoice numbers in an order that differs from run to run.
      now = new Date(Math.min(endOfUtcDay(due).getTime(), until.getTime()));
      const at = now;
      // NOTE: the relay once for the whole date, not after each payment's commit (a claim and an
      // update for one or two events each). Nothing later on the date reads what the reactions
      // write, nor changes what they read: the charges and transfers pay invoices already issued
      // (an invoice e-mail is made when its invoice is paid, so as paid either way), and the
      // engine composes no e-mail during the history. The next customer step sees it all.
      // The sweeps due at `at` are known from the due dates just asked (nothing written since):
      // tick asks dueKindsInScope only after a sweep that did something, not first on every date.
      const [ticked, transfers] = await holdEventRelay(async () => {
        const swept = await tick({ now: at, scope: input.scope, composeEmails: false, followUps: false, concurrency: 1, context, skipIdleSweeps: true, dueKinds: dueKindsAt(dueBy, at) });
        if (swept.failed.length) throw new Error(`The demo history stopped on ${at.toISOString()}: ${swept.failed[0]!.error}`);
        return [swept, await payDemoInvoices({ payers, staffUserId: input.staffUserId, timeZone, now: at })] as const;
      });
      report.engineDates += 1;
      report.renewals += ticked.renewals;
      report.dunning += ticked.dunning;
      report.charges += ticked.charges;
      report.transfers += transfers;
      continue;
    }
    if (!storyAt || storyAt > input.end) break;
    const event = events[next]!;
    next += 1;
    now = event.at;
    if (!event.change) {
      const customerId = await subscribe(event.customer);
      if (customerId) {
        customerIds.set(event.customer.index, customerId);
        payers.set(customerId, event.customer.payer);
        report.customers += 1;
        if (report.customers >= analyzeAt) {
          // NOTE: PGlite runs no autovacuum, so nothing else gathers the statistics: planned on
          // those of the empty tables, the engine's date searches walk every customer (a nested
          // loop) instead of the due-date indexes, which costs more with each customer. ANALYZE
          // changes no row, only the plans (prepared statements are planned again).
          await analyzeAppTables();
          analyzeAt *= 2;
        }
      }
      continue;
    }
    const customerId = customerIds.get(event.customer.index);
    const taken = customerId ? await applyDemoChange(customerId, event.change, now) : false;
    if (taken) report.changesTaken += 1;
    else report.changesRefused += 1;
  }
  // What each sweep left for later (the event relay, the stale-payment sweep) once, at the end.
  await tick({ now: input.end, scope: input.scope, composeEmails: false });
  await clearHistoryEmailFlags([...customerIds.values()]);
  return report;

  async function subscribe(customer: DemoCustomer): Promise<string | null> {
    const planId = planIds.get(customer.plan);
    if (!planId) throw new Error(`The demo history needs the plan ${customer.plan}`);
    const autopay = customer.payer in MANDATE_OF;
    const subscribed = await subscribeCustomerAt({
      testClockId,
      name: customer.name,
      email: customer.email,
      city: customer.city,
      planId,
      autopay,
      mandate: MANDATE_OF[customer.payer],
      now: customer.signupAt,
    });
    return subscribed.ok ? subscribed.value.customerId : null;
  }
}

/**
 * ANALYZE of the app's own tables: the statistics every query of the app is planned on, the same
 * as a bare ANALYZE gives them. NOTE: not a bare ANALYZE, which also samples the system catalogs
 * (about half of its time on the embedded database) that no query of the history is planned on.
 */
async function analyzeAppTables(): Promise<void> {
  const tables = await db.execute<{ name: string }>(sql`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = 'public' order by 1`);
  if (tables.length > 0) await db.execute(sql.raw(`analyze ${tables.map((t) => t.name).join(', ')}`));
}

function endOfUtcDay(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 86_400_000) * 86_400_000 + 86_399_000);
}

/** The staff member the demo's bank transfers are registered by: the shop's owner. */
export async function demoOwnerId(): Promise<string | null> {
  const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'owner')).limit(1);
  return owner?.id ?? null;
}

async function clearHistoryEmailFlags(customerIds: string[]): Promise<void> {
  for (let i = 0; i < customerIds.length; i += 500) {
    const ids = customerIds.slice(i, i + 500);
    await db.update(invoices).set({ emailPending: false }).where(and(eq(invoices.emailPending, true), inArray(invoices.customerId, ids)));
    const subs = db.select({ id: subscriptions.id }).from(subscriptions).where(inArray(subscriptions.customerId, ids));
    await db.update(billingActions).set({ mailPending: false }).where(and(eq(billingActions.mailPending, true), inArray(billingActions.subscriptionId, subs)));
  }
}
