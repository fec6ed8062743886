import type { Tx } from '@/db/client';
import { dunningStepDates, type DunningStep } from '@/lib/billing/dunning';
import { dunningBase, reminderNumber } from '@/lib/billing/dunning-round';
import { addDaysInZone } from '@/lib/billing/periods';
import { queueReminder } from '@/lib/services/email/send-reminder';
import { queueSuspensionNotice } from '@/lib/services/email/send-suspension-notice';
import { queueTermination } from '@/lib/services/email/send-termination';
import { queueTerminationWarning } from '@/lib/services/email/send-termination-warning';
import { otherSubscriptionsOf } from './dunned-subscriptions';
import { dunningStepsFor, type EngineContext } from './engine-context';
import type { DueDunning } from './select-due-dunning';

/** The e-mail of a dunning step: reminder, suspension notice, termination warning, termination. */
export async function queueDunningMessage(
  tx: Tx,
  input: { row: DueDunning; step: DunningStep; position: number; at: Date; feeMinor: number; ctx: EngineContext },
): Promise<void> {
  const { row, step, position, at, feeMinor, ctx } = input;
  const invoiceId = row.invoice.id;
  const steps = dunningStepsFor(ctx, row.plan.dunningPlanId);
  const dates = dunningStepDates(dunningBase(row.invoice), steps, ctx.timeZone);
  const round = row.invoice.dunningRound;
  // The next step's date is the deadline the customer is given; with none left, a week.
  const nextAt = dates[position + 1] ?? addDaysInZone(at, 7, ctx.timeZone);
  switch (step.action) {
    case 'remind': {
      await queueReminder(tx, { invoiceId, step: reminderNumber(steps, position), feeMinor, newDueAt: nextAt, round });
      return;
    }
    case 'suspend':
      await queueSuspensionNotice(tx, { invoiceId, round });
      return;
    case 'warn': {
      const terminateIndex = steps.findIndex((s) => s.action === 'terminate');
      await queueTerminationWarning(tx, { invoiceId, terminateAt: terminateIndex >= 0 ? dates[terminateIndex]! : nextAt, round });
      return;
    }
    case 'terminate':
      // An order's invoice for several subscriptions ends each of them: each is told.
      for (const subscription of [row.subscription, ...(await otherSubscriptionsOf(tx, row))]) {
        await queueTermination(tx, { subscriptionId: subscription.id, terminatedAt: at });
      }
      return;
  }
}
