import { spawn } from 'node:child_process';
import path from 'node:path';
import { and, count, countDistinct, eq, inArray, max, min, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { billingActions, emailOutbox, invoiceLines, invoices, subscriptions } from '@/db/schema';
import { composePendingEmails } from '@/lib/services/email/compose-pending-emails';
import { listPendingEmails } from '@/lib/services/email/pending-emails';
import { clockSeriesId } from '@/lib/services/invoices/series-for';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { insertSubscribers } from '@/test/support/bulk-subscriptions';
import { tick } from './tick';

// Each kill starts a new sweep process (a few seconds of start-up each), so the suite's run is
// 8 kills over 800 subscriptions; the long one is the same file with
// `CRASH_KILLS=20 CRASH_SUBSCRIBERS=2000 npx vitest run lib/services/billing/crash-safety.test.ts`.
const SUBSCRIBERS = Number(process.env.CRASH_SUBSCRIBERS ?? 800);
const KILLS = Number(process.env.CRASH_KILLS ?? 8);

/**
 * Starts a sweep in its own process and SIGKILLs it once it has applied `killAfter` more steps
 * (plus a random few milliseconds, so the kill lands anywhere: inside a batch's transaction,
 * between batches, during a charge or the e-mail composition). Resolves how it ended.
 */
function tickProcess(clockId: string, at: Date, killAfter: number, applied: () => Promise<number>): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/support/tick-clock.ts'), clockId, at.toISOString(), '20'], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let watching = false;
    let poll: NodeJS.Timeout | undefined;
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.on('data', async (d) => {
      if (watching || !String(d).includes('started')) return;
      watching = true;
      const base = await applied();
      poll = setInterval(async () => {
        if ((await applied()) >= base + killAfter) {
          clearInterval(poll);
          setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 30));
        }
      }, 15);
    });
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`tick process failed (${code}): ${stderr.slice(-2000)}`));
    });
  });
}

describe('crash safety of the bill run', () => {
  test(
    `killing the sweep ${KILLS} times during a run of ${SUBSCRIBERS} due subscriptions leaves exactly one clean result`,
    async () => {
      const start = new Date('2027-03-01T07:00:00Z');
      const clock = await createTestClock({ name: 'crash test', startAt: start });
      const { timeZone } = await getShopSettings(db);
      const ids = await insertSubscribers(db, {
        count: SUBSCRIBERS,
        planCode: 'trendhouse-monthly',
        startAt: start,
        clockId: clock.id,
        timeZone,
      });
      // Far enough for announce, invoice and issue of term 1 for everybody.
      const at = new Date('2027-04-02T07:00:00Z');

      const applied = async () =>
        (
          await db
            .select({ n: count() })
            .from(billingActions)
            .innerJoin(subscriptions, eq(billingActions.subscriptionId, subscriptions.id))
            .where(inArray(subscriptions.id, ids))
        )[0]!.n;
      const outcomes: string[] = [];
      const progress: number[] = [];
      for (let i = 0; i < KILLS; i += 1) {
        // Spread the kills over the run: 3 steps a subscriber, each kill after up to a tenth of them.
        outcomes.push(await tickProcess(clock.id, at, 1 + Math.floor(Math.random() * ((SUBSCRIBERS * 3) / 10)), applied));
        progress.push(await applied());
      }
      // The kills landed inside the run: killed sweeps that had committed some work, with work left.
      const midRun = progress.filter(
        (done, i) => outcomes[i] === 'killed' && done > (progress[i - 1] ?? 0) && done < SUBSCRIBERS * 3,
      );
      expect(midRun.length, `progress ${progress.join(',')}; outcomes ${outcomes.join(',')}`).toBeGreaterThan(KILLS / 2);
      // The e-mails are checked as decided (compose queue and outbox together), so the test
      // does not spend minutes rendering 4,000 of them; composition itself is checked on a sample.
      const report = await tick({ now: at, scope: { kind: 'test-clock', clockId: clock.id }, composeEmails: false });
      expect(report.failed).toEqual([]);

      const mine = and(eq(invoices.seriesId, clockSeriesId(clock.id)));
      // Exactly one invoice per subscription and term.
      const perTerm = await db
        .select({ n: count(), subs: countDistinct(invoices.subscriptionId) })
        .from(invoices)
        .where(and(mine, eq(invoices.term, 1)));
      expect(perTerm[0]).toEqual({ n: SUBSCRIBERS, subs: SUBSCRIBERS });
      // Numbers 1..N, no gap, no duplicate, in the clock's series.
      const [numbers] = await db
        .select({ n: count(), distinct: countDistinct(invoices.sequenceNumber), lo: min(invoices.sequenceNumber), hi: max(invoices.sequenceNumber) })
        .from(invoices)
        .where(mine);
      expect(numbers).toEqual({ n: SUBSCRIBERS, distinct: SUBSCRIBERS, lo: 1, hi: SUBSCRIBERS });
      // No orphan lines, and every invoice has its plan line.
      const [lines] = await db
        .select({ n: count() })
        .from(invoiceLines)
        .innerJoin(invoices, eq(invoiceLines.invoiceId, invoices.id))
        .where(and(mine, eq(invoiceLines.kind, 'plan')));
      expect(lines!.n).toBe(SUBSCRIBERS);
      const orphans = await db.execute(sql`select count(*)::int as n from invoice_lines l left join invoices i on i.id = l.invoice_id where i.id is null`);
      expect(Number((orphans as unknown as { n: number }[])[0]!.n)).toBe(0);
      // Each step logged once per subscription; no duplicate e-mail.
      const [log] = await db
        .select({ n: count() })
        .from(billingActions)
        .innerJoin(subscriptions, eq(billingActions.subscriptionId, subscriptions.id))
        .where(and(eq(billingActions.term, 1), inArray(subscriptions.id, ids)));
      expect(log!.n).toBe(SUBSCRIBERS * 3);
      const keys = [
        ...(await db.select({ key: emailOutbox.dedupeKey }).from(emailOutbox)).map((r) => r.key),
        ...(await listPendingEmails(db, { limit: SUBSCRIBERS * 4, testClockId: clock.id })).map((p) => p.dedupeKey),
      ];
      const announcements = new Set(ids.map((id) => `term-announcement:${id}:1`));
      const clockInvoices = new Set(
        (await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.seriesId, clockSeriesId(clock.id)))).map(
          (r) => `invoice:${r.id}`,
        ),
      );
      const decided = keys.filter((key) => announcements.has(key) || clockInvoices.has(key));
      // One announcement and one invoice e-mail per subscription: none lost, none twice.
      expect(decided.length).toBe(SUBSCRIBERS * 2);
      expect(new Set(decided).size).toBe(SUBSCRIBERS * 2);
      const composed = await composePendingEmails({ limit: 50, testClockId: clock.id });
      expect(composed).toEqual({ composed: 50, failed: 0 });
      // Leave no pending work behind for other tests' sweeps.
      await db.update(billingActions).set({ mailPending: false }).where(inArray(billingActions.subscriptionId, ids));
      await db.update(invoices).set({ emailPending: false }).where(eq(invoices.seriesId, clockSeriesId(clock.id)));
    },
    600_000,
  );
});
