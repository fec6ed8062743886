import { relayEvents, type RelayReport } from './relay-events';
import { redactError } from '@/lib/errors/redact-error';
import { kickWebhookDeliveries } from '@/lib/services/webhooks/kick-webhook-deliveries';

/**
 * The subjects nudged while holdEventRelay's work runs, relayed together when it ends; null when
 * no work holds them.
 *
 * NOTE: one variable of the process, not an AsyncLocalStorage: on Node 20 a store, once run,
 * keeps a hook on every promise the process makes from then on (about 2 % of the demo history's
 * CPU time). The only holder is the demo history, a batch job that runs alone in its process
 * (the first start's launcher; Next.js serves from processes of its own), so every nudge
 * meanwhile is its own.
 */
let heldSubjects: Set<string> | null = null;

/**
 * After a transaction that recorded events has committed: delivers the events about these
 * subjects now, so that (without Inngest) their e-mails are in the outbox when the caller
 * returns. Awaited, and it never throws: the change is committed, and what was not delivered
 * stays in the table for the sweep (or the Inngest cron) to retry. Inside holdEventRelay the
 * subjects wait for the end of its work instead (nothing delivered yet: an empty report).
 */
export async function nudgeEventRelay(subjectIds: (string | null | undefined)[]): Promise<RelayReport> {
  const ids = subjectIds.filter((id): id is string => Boolean(id));
  const held = heldSubjects;
  if (held) {
    for (const id of ids) held.add(id);
    return { delivered: 0, failed: 0 };
  }
  return relayNow([...new Set(ids)]);
}

/**
 * Runs `work` with the nudges of its commits held, then delivers the events of every subject they
 * named in one relay (also when `work` throws: what it committed is delivered all the same).
 * Not reentrant, and it holds every nudge of the process meanwhile: for a batch job that runs
 * alone.
 *
 * NOTE: for a batch job of many small commits whose later steps read nothing the reactions write
 * (the demo history's engine dates: a relay after each of their payments was a claim and an update
 * of one or two events each). The reactions then read the rows as they are at the end of `work`:
 * only for work that changes nothing they read after it nudged (see simulate-demo-history.ts).
 */
export async function holdEventRelay<T>(work: () => Promise<T>): Promise<T> {
  if (heldSubjects) throw new Error('holdEventRelay is not reentrant: one batch job at a time');
  const held = new Set<string>();
  heldSubjects = held;
  try {
    return await work();
  } finally {
    heldSubjects = null;
    await relayNow([...held]);
  }
}

async function relayNow(ids: string[]): Promise<RelayReport> {
  try {
    const report = await relayEvents({ subjectIds: ids });
    // The relay queued the webhooks these events owe: send them now, in the background.
    if (report.delivered > 0) kickWebhookDeliveries();
    return report;
  } catch (error) {
    console.error('[events] the relay failed after a commit; the sweep will deliver:', redactError(error));
    return { delivered: 0, failed: 0 };
  }
}
