import type { StopRefusal, UndoRefusal } from '@/lib/billing/self-service-stop';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The refusals of a customer's stop and its undoing, one code each (the action answers
 * `not_found` with a 404 and words the others in the customer's language; `date` carries the
 * date a message names).
 */
export type StopError = DomainErrorShape & { date?: Date };

export const stopNotFound = (): StopError => domainError('not_found', 'That subscription does not exist.');

export function stopRefusalError(refusal: StopRefusal | UndoRefusal): StopError {
  switch (refusal.code) {
    case 'not_allowed':
      return domainError('not_allowed', 'This subscription cannot be stopped here. Please contact the shop.');
    case 'not_running':
      return domainError('not_running', 'This subscription is not running, so there is nothing to stop.');
    case 'already_scheduled':
      return domainError('already_scheduled', 'This subscription is already scheduled to stop.');
    case 'not_scheduled':
      return domainError('not_scheduled', 'This subscription is not scheduled to stop.');
    case 'in_commitment':
      return {
        ...domainError('in_commitment', `This subscription has a commitment until ${iso(refusal.commitmentEndsAt)}.`),
        date: refusal.commitmentEndsAt,
      };
    case 'next_term_invoiced':
      return {
        ...domainError('next_term_invoiced', `The next term is already invoiced; it starts on ${iso(refusal.periodEnd)}.`),
        date: refusal.periodEnd,
      };
  }
}
