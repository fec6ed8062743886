import type { PlanChangeRefusal } from '@/lib/billing/plan-change';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The refusals of a plan change, one code each (the action answers `not_found` with a 404 and
 * words the others in the customer's language; `date` and `max` carry what a message names).
 */
export type PlanChangeError = DomainErrorShape & { date?: Date; max?: number };

export const planChangeNotFound = (): PlanChangeError => domainError('not_found', 'That subscription does not exist.');

export const planNotOffered = (): PlanChangeError =>
  domainError('plan_not_offered', 'That plan cannot be chosen for this subscription.', 'planId');

export const previewChanged = (): PlanChangeError =>
  domainError('preview_changed', 'The amount changed since you saw it. Look at the new amount and confirm again.');

export const nothingScheduled = (): PlanChangeError => domainError('nothing_scheduled', 'No change is scheduled for this subscription.');

export function planChangeRefusalError(refusal: PlanChangeRefusal): PlanChangeError {
  switch (refusal.code) {
    case 'not_allowed':
      return domainError('not_allowed', 'This subscription cannot be changed here. Please contact the shop.');
    case 'not_running':
      return domainError('not_running', 'This subscription is not running, so it cannot be changed.');
    case 'stop_scheduled':
      return domainError('stop_scheduled', 'This subscription is scheduled to stop. Undo the stop first to change it.');
    case 'bad_quantity':
      return { ...domainError('bad_quantity', `The quantity must be a whole number from 1 to ${refusal.max}.`, 'quantity'), max: refusal.max };
    case 'no_change':
      return domainError('no_change', 'That is the plan and quantity you already have.', 'planId');
    case 'other_product':
      return domainError('other_product', 'That plan is for another product.', 'planId');
    case 'other_currency':
      return domainError('other_currency', 'That plan is in another currency than your subscription.', 'planId');
    case 'past_due':
      return domainError('past_due', 'An invoice of this subscription is overdue. Pay it first, then upgrade.');
    case 'next_term_invoiced':
      return {
        ...domainError('next_term_invoiced', `The next term is already invoiced; you can change after it starts on ${iso(refusal.periodEnd)}.`),
        date: refusal.periodEnd,
      };
  }
}
