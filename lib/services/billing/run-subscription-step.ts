import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { invoices } from '@/db/schema';
import { composePendingEmails } from '@/lib/services/email/compose-pending-emails';
import { applyDunningBatch } from './apply-dunning-batch';
import { applyRenewalBatch } from './apply-renewal-batch';
import { REAL_TIME, type ClockScope } from './clock-scope';
import { loadEngineContext } from './engine-context';
import { runCharge } from './run-charge';
import { selectDueDunning } from './select-due-dunning';
import { selectDueRenewals } from './select-due-renewals';

export type StepResult = { applied: boolean; nextAction: string | null; nextActionTerm: number | null; nextActionAt: Date | null };

/**
 * One subscription's due renewal step, for a driver that runs subscriptions one at a time
 * (Inngest). The very same batch code the sweep uses, with a batch of one: both drivers write the
 * same rows. `at` is the moment the step is for: nothing later than it is applied.
 */
export async function runRenewalStep(input: { subscriptionId: string; at: Date; scope?: ClockScope }): Promise<StepResult> {
  const { result, cursor } = await db.transaction(async (tx) => {
    const ctx = await loadEngineContext(tx, input.scope);
    const due = await selectDueRenewals(tx, {
      now: input.at,
      scope: input.scope ?? REAL_TIME,
      limit: 1,
      subscriptionIds: [input.subscriptionId],
    });
    const result = await applyRenewalBatch(tx, due, ctx, input.at);
    const [after] = await tx.query.subscriptions.findMany({
      where: (s, { eq: equals }) => equals(s.id, input.subscriptionId),
      columns: { nextAction: true, nextActionTerm: true, nextActionAt: true },
    });
    return { result, cursor: after ?? { nextAction: null, nextActionTerm: null, nextActionAt: null } };
  });
  for (const charge of result.charges) await runCharge(charge.paymentId, input.at);
  const scope = input.scope ?? REAL_TIME;
  await composePendingEmails({ testClockId: scope.kind === 'real' ? null : scope.clockId });
  return { applied: result.applied > 0, ...cursor };
}

/** One invoice's due dunning step (batch of one, as above). */
export async function runDunningStep(input: { invoiceId: string; at: Date; scope?: ClockScope }): Promise<{ applied: boolean }> {
  return db.transaction(async (tx) => {
    const ctx = await loadEngineContext(tx, input.scope);
    const due = await selectDueDunning(tx, {
      now: input.at,
      scope: input.scope ?? REAL_TIME,
      limit: 1,
      invoiceIds: [input.invoiceId],
    });
    const applied = await applyDunningBatch(tx, due, ctx, input.at);
    return { applied: applied > 0 };
  });
}

/** Whether an invoice is still unpaid (what a dunning timeout checks before acting). */
export async function isInvoiceOpen(invoiceId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.status, 'open')));
  return Boolean(row);
}
