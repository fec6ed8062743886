import {
  clockScopeOf,
  cursorTerm,
  earliestDueWork,
  isActionLogged,
  readCycleCursor,
  readInvoiceDunning,
  type CycleCursor,
  type DunningCursor,
} from './billing-queries';
import { isInvoiceOpen, runDunningStep, runRenewalStep } from './run-subscription-step';

/**
 * The bodies of the Inngest driver's steps. Each applies one engine step through the services
 * the embedded sweep uses (a batch of one), dated on the step's own date, and returns the cursor
 * that follows as plain JSON.
 */

function sameCursor(a: CycleCursor | null, b: CycleCursor | null): boolean {
  return a?.action === b?.action && a?.term === b?.term && a?.at === b?.at;
}

/**
 * Applies the renewal action `cursor` names, as of its date, and returns the cursor after it.
 *
 * NOTE: nothing applied while the cursor stayed where it was means the subscription row was
 * locked by another transaction (SKIP LOCKED skipped it): throw, so that Inngest retries the
 * step later instead of the run moving on as if the action were done.
 * runRenewalStep charges autopay after its transaction commits: when that charge throws, the
 * action itself is done (its billing_actions row is there), so the step succeeds and the run
 * hands the pending charge to charge-invoice (see billing-cycle) rather than retrying a step
 * that would find nothing left to do.
 */
export async function applyRenewalCursor(
  subscriptionId: string,
  cursor: CycleCursor,
): Promise<{ applied: boolean; next: CycleCursor | null; error?: string }> {
  const scope = await clockScopeOf(subscriptionId);
  let result: Awaited<ReturnType<typeof runRenewalStep>>;
  try {
    result = await runRenewalStep({ subscriptionId, at: new Date(cursor.at), scope });
  } catch (error) {
    if (!(await isActionLogged(subscriptionId, cursor.term, cursor.action))) throw error;
    return { applied: true, next: await readCycleCursor(subscriptionId), error: error instanceof Error ? error.message : String(error) };
  }
  const next =
    result.nextAction && result.nextActionAt
      ? { action: result.nextAction, term: cursorTerm(result.nextActionTerm), at: result.nextActionAt.toISOString() }
      : null;
  if (!result.applied && sameCursor(next, cursor)) {
    throw new Error(`Subscription ${subscriptionId}: "${cursor.action}" of term ${cursor.term} is locked by another transaction; retry`);
  }
  return { applied: result.applied, next };
}

/**
 * Applies the dunning step `dunning` names, as of its date, unless the invoice was paid in the
 * meantime (a payment can land just before the wait for it began), and returns the invoice's
 * next dunning cursor. Locked like above: throw, to be retried.
 */
export async function applyDunningCursor(
  subscriptionId: string,
  dunning: DunningCursor,
): Promise<{ applied: boolean; next: DunningCursor | null }> {
  if (!(await isInvoiceOpen(dunning.invoiceId))) return { applied: false, next: null };
  const scope = await clockScopeOf(subscriptionId);
  const { applied } = await runDunningStep({ invoiceId: dunning.invoiceId, at: new Date(dunning.at), scope });
  const next = await readInvoiceDunning(dunning.invoiceId);
  if (!applied && next?.position === dunning.position && next.at === dunning.at) {
    throw new Error(`Invoice ${dunning.invoiceId}: dunning step ${dunning.position} is locked by another transaction; retry`);
  }
  return { applied, next };
}

export type CatchUpResult =
  | { done: true; reason: 'nothing-due' | 'test-clock' }
  | { done: false; kind: 'renewal'; action: string; term: number; at: string; applied: boolean }
  | { done: false; kind: 'dunning'; invoiceId: string; position: number; at: string; applied: boolean };

/**
 * Applies the earliest engine work of a subscription that is due now, at its own date: the
 * safety net for a run that was lost. Called in a loop, it replays what was missed in date order,
 * so the rows are those the lost run would have written. Test-clock subscriptions are left to
 * their clock.
 */
export async function catchUpOne(subscriptionId: string, now: Date): Promise<CatchUpResult> {
  const scope = await clockScopeOf(subscriptionId);
  if (scope.kind !== 'real') return { done: true, reason: 'test-clock' };
  const work = await earliestDueWork(subscriptionId, now);
  if (!work) return { done: true, reason: 'nothing-due' };
  if (work.kind === 'renewal') {
    const { applied } = await applyRenewalCursor(subscriptionId, work.cursor);
    return { done: false, kind: 'renewal', ...work.cursor, applied };
  }
  const { applied } = await applyDunningCursor(subscriptionId, work.dunning);
  return { done: false, kind: 'dunning', ...work.dunning, applied };
}
