import type { PauseRefusal, ResumeRefusal } from '@/lib/billing/subscription-pause';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The refusals of a pause and its end, one code each (the customer's action answers `not_found`
 * with a 404 and words the others in the customer's language; `date` and `max` carry what a
 * message names). The English messages here are what staff read.
 */
export type PauseError = DomainErrorShape & { date?: Date; max?: number };

export const pauseNotFound = (): PauseError => domainError('not_found', 'That subscription does not exist.');

export function pauseRefusalError(refusal: PauseRefusal | ResumeRefusal | { code: 'no_offer' }): PauseError {
  switch (refusal.code) {
    case 'not_allowed':
      return domainError('not_allowed', 'This subscription cannot be paused here. Please contact the shop.');
    case 'not_running':
      return domainError('not_running', 'Only an active subscription can be paused.');
    case 'past_due':
      return domainError('past_due', 'This subscription has an unpaid invoice: it can be paused once that is paid.');
    case 'already_paused':
      return domainError('already_paused', 'This subscription is already paused or about to pause.');
    case 'stopping':
      return domainError('stopping', 'This subscription is about to stop: undo the stop first to pause it instead.');
    case 'bad_terms':
      return { ...domainError('bad_terms', `Choose a pause of 1 to ${refusal.maxTerms} terms, or until resumed.`, 'terms'), max: refusal.maxTerms };
    case 'next_term_invoiced':
      return {
        ...domainError('next_term_invoiced', `The next term is already invoiced; it starts on ${iso(refusal.periodEnd)}.`),
        date: refusal.periodEnd,
      };
    case 'not_paused':
      return domainError('not_paused', 'This subscription is not paused.');
    case 'no_offer':
      return domainError('no_offer', 'This offer is not available for this subscription any more.');
  }
}
