import { count } from 'drizzle-orm';
import { db } from '@/db/client';
import { billingActions, invoices, mrrMovements } from '@/db/schema';
import { REAL_TIME } from '@/lib/services/billing/clock-scope';
import { demoOwnerId, simulateDemoHistory, type DemoHistoryReport } from './simulate-demo-history';

/** The story's seed: the same history on every first run (relative to the month it starts in). */
const DEMO_SEED = 20_26;

export type DemoHistorySeeded = DemoHistoryReport & { invoices: number; engineLog: number; movements: number; ms: number };

/**
 * Gives the freshly seeded demo shop its past: `customers` real-time customers over the last
 * `months` months (from the first of the month that many months ago until `now`), played through the real
 * checkout, Min Side services and billing engine, and timed.
 */
export async function seedDemoHistory(input: { customers: number; months: number; now: Date }): Promise<DemoHistorySeeded> {
  const started = performance.now();
  const staffUserId = await demoOwnerId();
  if (!staffUserId) throw new Error('The demo history needs the demo shop (its owner) seeded first.');
  const start = new Date(Date.UTC(input.now.getUTCFullYear(), input.now.getUTCMonth() - input.months, 1));
  const report = await simulateDemoHistory({ scope: REAL_TIME, staffUserId, start, end: input.now, customers: input.customers, seed: DEMO_SEED });
  const [[invoiceCount], [logCount], [movementCount]] = await Promise.all([
    db.select({ n: count() }).from(invoices),
    db.select({ n: count() }).from(billingActions),
    db.select({ n: count() }).from(mrrMovements),
  ]);
  return { ...report, invoices: invoiceCount!.n, engineLog: logCount!.n, movements: movementCount!.n, ms: Math.round(performance.now() - started) };
}
