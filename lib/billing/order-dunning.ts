import type { DunningStep } from './dunning';
import { NO_DUNNING, type DunningCursor } from './dunning-round';
import { addDaysInZone } from './periods';

/**
 * Dunning of an order that waits for its money (pay by invoice, access on payment): nothing was
 * started or delivered yet, so there is nothing to suspend or terminate. Each step of the
 * reminder process before its end is a reminder; the process's `terminate` step (or, when it has
 * none, a week after its last step: the deadline its last e-mail gave) is where the order lapses.
 *
 * NOTE: no step adds a fee. The customer has received nothing yet; charging for a reminder
 * before delivery is what serious billing products do not do, and a lapsed order is credited in
 * full anyway (a fee would be credited along with it).
 */
export type OrderDunningAction = 'remind' | 'lapse';
export type OrderDunningStep = { action: OrderDunningAction; daysAfterDue: number };

/** Days after the last step when the process has no `terminate` of its own. */
export const LAPSE_AFTER_LAST_STEP_DAYS = 7;

/** The steps of an unpaid order on a reminder process's effective steps; none: it is not followed up. */
export function orderDunningSteps(steps: DunningStep[]): OrderDunningStep[] {
  const own: OrderDunningStep[] = steps.map((step) => ({ action: step.action === 'terminate' ? 'lapse' : 'remind', daysAfterDue: step.daysAfterDue }));
  const last = own.at(-1);
  if (!last || last.action === 'lapse') return own;
  return [...own, { action: 'lapse', daysAfterDue: last.daysAfterDue + LAPSE_AFTER_LAST_STEP_DAYS }];
}

/** When each step is due: the due date plus its days, as calendar days in the shop's zone. */
export function orderDunningDates(dueAt: Date, steps: OrderDunningStep[], timeZone: string): Date[] {
  return steps.map((step) => addDaysInZone(dueAt, step.daysAfterDue, timeZone));
}

/** The cursor at step `position` (past the last step: none). */
export function orderDunningCursor(dueAt: Date, steps: OrderDunningStep[], position: number, timeZone: string): DunningCursor {
  if (position >= steps.length) return NO_DUNNING;
  return { nextDunningStep: position, nextDunningAt: orderDunningDates(dueAt, steps, timeZone)[position]! };
}

/** Which reminder the step at `position` is (1 for the first), for the e-mail's title and key. */
export function orderReminderNumber(steps: OrderDunningStep[], position: number): number {
  return steps.slice(0, position + 1).filter((step) => step.action === 'remind').length;
}

/** The engine log's action of a step (one row per order and step; the lapse once). */
export function orderDunningLogAction(steps: OrderDunningStep[], position: number): string {
  return steps[position]?.action === 'lapse' ? 'order:lapse' : `order:remind:${position}`;
}
