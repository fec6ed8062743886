import { dunningStepDates, type DunningStep } from './dunning';

/**
 * Rounds of dunning: an unpaid invoice is dunned from its due date (round 0); a paid invoice
 * reopened by a reversal (a bounced debit, a chargeback) is dunned again from the reversal
 * (round 1, 2, ...), logged and e-mailed under keys of its own so that the first round's steps
 * do not swallow the new ones.
 */

/** Where an invoice's dunning stands: the next step's position and when it is due (null: none). */
export type DunningCursor = { nextDunningStep: number | null; nextDunningAt: Date | null };

/** No dunning (paid, voided, or past the last step). */
export const NO_DUNNING: DunningCursor = Object.freeze({ nextDunningStep: null, nextDunningAt: null });

/** The round an invoice is in: its number and the date it counts from (null: the due date). */
export type DunningRound = { dunningRound: number; dunningFrom: Date | null };

/** The action a step is logged under (unique per subscription, term and action). */
export function dunningLogAction(round: number, position: number): string {
  return round > 0 ? `dunning:${round}.${position}` : `dunning:${position}`;
}

/** The term an invoice without one (a proration invoice) is logged under, as a subscription's end is. */
export const TERMLESS_DUNNING_TERM = -1;

/**
 * The key a dunning step of an invoice is logged under in billing_actions (subscription, term,
 * action). A term's invoice is the only one of its term, so the term names it. An invoice without
 * a term (a proration invoice: its key is its plan change, and a subscription may have several,
 * dunned at once) is named by its own id in the action, so one's steps never swallow another's.
 */
export function dunningLogKey(invoice: { id: string; term: number | null; dunningRound: number }, position: number): { term: number; action: string } {
  const action = dunningLogAction(invoice.dunningRound, position);
  if (invoice.term !== null) return { term: invoice.term, action };
  return { term: TERMLESS_DUNNING_TERM, action: `${action}@${invoice.id}` };
}

/** The date the invoice's current round counts from: the due date, or the reopening. */
export function dunningBase(invoice: { dueAt: Date | null } & Pick<DunningRound, 'dunningFrom'>): Date {
  const base = invoice.dunningFrom ?? invoice.dueAt;
  if (!base) throw new RangeError('An invoice without a due date cannot be dunned');
  return base;
}

/** The cursor at step `position` of a round counted from `base`; past the last step, none. */
export function dunningCursor(base: Date, steps: DunningStep[], position: number, timeZone: string): DunningCursor {
  if (position >= steps.length) return NO_DUNNING;
  return { nextDunningStep: position, nextDunningAt: dunningStepDates(base, steps, timeZone)[position]! };
}

/**
 * A paid invoice reopened at `at`: the next round, counted from `at` (not from the old due date,
 * which would make every step due at once), from its first step.
 */
export function reopenedDunning(invoice: Pick<DunningRound, 'dunningRound'>, at: Date, steps: DunningStep[], timeZone: string): DunningRound & DunningCursor {
  return { dunningRound: invoice.dunningRound + 1, dunningFrom: at, ...dunningCursor(at, steps, 0, timeZone) };
}

/** The fee a step adds to the invoice, in its currency: reminders and suspensions carry one. */
export function dunningStepFee(step: DunningStep, currency: string): number {
  return step.action === 'remind' || step.action === 'suspend' ? (step.fees[currency] ?? 0) : 0;
}

/** Which reminder the step at `position` is: 1 for the first `remind` step, 2 for the second, ... */
export function reminderNumber(steps: DunningStep[], position: number): number {
  return steps.slice(0, position + 1).filter((step) => step.action === 'remind').length;
}
