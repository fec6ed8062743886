import { InngestTestEngine, mockCtx } from '@inngest/test';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Context } from 'inngest';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { readCycleCursor } from '@/lib/services/billing/billing-queries';
import { billingCycleFunction } from '../functions/billing-cycle';

/**
 * The Inngest driver in a test: billing-cycle runs executed by @inngest/test on a virtual clock.
 *
 * Every run is one term's run, executed once from its start as Inngest would run it. Its
 * `step.sleepUntil` and `step.waitForEvent` are replaced (through `transformCtx`, as @inngest/test
 * 1.0.0 needs) by waits on the virtual clock, which only moves when every run is blocked: then the
 * earliest wake-up (sleeps before waits on the same instant, as the sweep applies renewals before
 * dunning; then by term) is released and runs until it blocks again. A wait's timeout resolves it
 * with null; a delivered `billing/invoice.paid` resolves the matching wait with the event.
 * Runs are started like the daily cron and billing-resume start them: for the term of the
 * subscription's cursor and for each term whose invoice is being dunned, when no run of that term
 * is live. Real time plays no part, so a simulated year takes seconds.
 */

type RunOutcome = { term: number; result?: unknown; error?: unknown };

type Run = { term: number; memo: Map<string, unknown>; live: boolean; outcome: Promise<RunOutcome> };

type Waiter = {
  run: Run;
  id: string;
  at: Date;
  kind: 'sleep' | 'wait';
  seq: number;
  matches?: (event: SentEvent) => boolean;
  release: (value: unknown) => void;
};

export type SentEvent = { name: string; data: Record<string, unknown>; id?: string };

/** The one `if` expression billing-cycle waits with; anything else is a change the harness must learn. */
const INVOICE_MATCH = /^async\.data\.invoiceId == "([0-9a-f-]{36})"$/;

export class SimulatedInngestDriver {
  now: Date;
  readonly sent: SentEvent[] = [];
  readonly runs: Run[] = [];
  private readonly waiters: Waiter[] = [];
  private active = 0;
  private seq = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly subscriptionId: string,
    start: Date,
  ) {
    this.now = start;
  }

  /** Runs every run until nothing more is due at or before `to`. */
  async advanceTo(to: Date): Promise<void> {
    if (to < this.now) throw new Error('The virtual clock only moves forward.');
    for (let guard = 0; guard < 10_000; guard += 1) {
      await this.settle();
      if (await this.startMissingRuns(to)) continue;
      const next = this.waiters
        .filter((w) => w.at <= to)
        .sort((a, b) => a.at.getTime() - b.at.getTime() || kindOrder(a) - kindOrder(b) || a.run.term - b.run.term || a.seq - b.seq)[0];
      if (!next) break;
      if (next.at > this.now) this.now = next.at;
      this.waiters.splice(this.waiters.indexOf(next), 1);
      next.release(next.kind === 'sleep' ? undefined : null);
    }
    await this.settle();
    this.now = to;
  }

  /** Delivers an event to the runs waiting for it (an event no wait matches is lost, as in Inngest). */
  async deliver(event: SentEvent): Promise<void> {
    for (const waiter of this.waiters.filter((w) => w.matches?.(event))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.release({ ...event, id: `evt-${(this.seq += 1)}`, ts: this.now.getTime() });
    }
    await this.settle();
  }

  /**
   * Ends the simulation: returns how each run ended, and throws if one failed. Runs still waiting
   * on the clock are simply left waiting (they hold nothing but a promise), as runs in Inngest
   * sleep on past the end of a test.
   */
  async finish(): Promise<{ ended: RunOutcome[]; waiting: number[] }> {
    await this.settle();
    const ended = await Promise.all(this.runs.filter((r) => !r.live).map((r) => r.outcome));
    const failed = ended.filter((o) => o.error !== undefined);
    if (failed.length > 0) throw new Error(`billing-cycle runs failed: ${JSON.stringify(failed)}`);
    return { ended, waiting: this.runs.filter((r) => r.live).map((r) => r.term) };
  }

  private async startMissingRuns(to: Date): Promise<boolean> {
    const wanted = new Set<number>();
    const cursor = await readCycleCursor(this.subscriptionId);
    if (cursor && new Date(cursor.at) <= to) wanted.add(cursor.term);
    const dunned = await db
      .select({ term: invoices.term })
      .from(invoices)
      .where(and(eq(invoices.subscriptionId, this.subscriptionId), eq(invoices.status, 'open'), isNotNull(invoices.nextDunningStep)));
    for (const row of dunned) if (row.term !== null) wanted.add(row.term);
    const missing = [...wanted].filter((term) => !this.runs.some((r) => r.live && r.term === term));
    for (const term of missing.sort((a, b) => a - b)) this.start(term);
    return missing.length > 0;
  }

  private start(term: number): void {
    const run: Run = { term, memo: new Map(), live: true, outcome: Promise.resolve({ term }) };
    const engine = new InngestTestEngine({
      function: billingCycleFunction,
      events: [{ name: 'billing/term.due', data: { subscriptionId: this.subscriptionId, term } }],
      transformCtx: (raw) => {
        const ctx = mockCtx(raw);
        const step = {
          ...ctx.step,
          sleepUntil: (id: string, at: Date | string) => this.sleep(run, id, new Date(at)),
          waitForEvent: (id: string, opts: { event: { name: string } | string; timeout: Date; if?: string }) => this.wait(run, id, opts),
          sendEvent: async (_id: string, payload: SentEvent | SentEvent[]) => {
            const events = Array.isArray(payload) ? payload : [payload];
            this.sent.push(...events);
            return { ids: events.map(() => `evt-${(this.seq += 1)}`) };
          },
        };
        return { ...ctx, step } as unknown as Context.Any;
      },
    });
    this.active += 1;
    run.outcome = engine.execute().then(
      (output) => this.ended(run, { term, result: output.result, error: (output as { error?: unknown }).error }),
      (error: unknown) => this.ended(run, { term, error }),
    );
    this.runs.push(run);
  }

  private ended(run: Run, outcome: RunOutcome): RunOutcome {
    run.live = false;
    this.active -= 1;
    this.flushIdle();
    return outcome;
  }

  private sleep(run: Run, id: string, at: Date): Promise<unknown> {
    if (run.memo.has(id)) return Promise.resolve(run.memo.get(id));
    if (at <= this.now) {
      run.memo.set(id, undefined);
      return Promise.resolve(undefined);
    }
    return this.block(run, { id, at, kind: 'sleep' });
  }

  private wait(run: Run, id: string, opts: { event: { name: string } | string; timeout: Date; if?: string }): Promise<unknown> {
    if (run.memo.has(id)) return Promise.resolve(run.memo.get(id));
    const name = typeof opts.event === 'string' ? opts.event : opts.event.name;
    const invoiceId = INVOICE_MATCH.exec(opts.if ?? '')?.[1];
    if (!invoiceId) throw new Error(`The simulation cannot evaluate the wait condition ${JSON.stringify(opts.if)}`);
    const at = new Date(opts.timeout);
    if (at <= this.now) {
      run.memo.set(id, null);
      return Promise.resolve(null);
    }
    return this.block(run, { id, at, kind: 'wait', matches: (e) => e.name === name && e.data.invoiceId === invoiceId });
  }

  private block(run: Run, waiter: Pick<Waiter, 'id' | 'at' | 'kind' | 'matches'>): Promise<unknown> {
    return new Promise((resolve) => {
      this.waiters.push({
        ...waiter,
        run,
        seq: (this.seq += 1),
        release: (value) => {
          run.memo.set(waiter.id, value);
          this.active += 1;
          resolve(value);
        },
      });
      this.active -= 1;
      this.flushIdle();
    });
  }

  /** Resolves when no run is doing anything but waiting on the virtual clock. */
  private settle(): Promise<void> {
    if (this.active === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private flushIdle(): void {
    if (this.active !== 0) return;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}

function kindOrder(waiter: Waiter): number {
  return waiter.kind === 'sleep' ? 0 : 1;
}
