import type { ExtensionRefusal } from '@/lib/billing/subscription-extension';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';

/** Unknown, or another customer's: the same answer, beside the field that named it. */
export const byHandNotFound = (): DomainErrorShape => domainError('not_found', 'That subscription does not exist for this customer.', 'subscriptionId');

/** The refusals of a goodwill extension, as staff read them (the field they belong beside). */
export function extensionRefusalError(refusal: ExtensionRefusal): DomainErrorShape {
  switch (refusal.code) {
    case 'bad_days':
      return domainError('bad_days', `Extend by a whole number of days from 1 to ${refusal.max}.`, 'days');
    case 'not_running':
      return domainError('not_running', 'Only an active subscription can be extended (not a trial, a paused, unpaid or ended one).', 'subscriptionId');
    case 'stopping':
      return domainError('stopping', 'This subscription stops at the end of the term: undo the stop first to extend it.', 'subscriptionId');
    case 'pausing':
      return domainError('pausing', 'This subscription pauses at the end of the term: cancel the pause first to extend it.', 'subscriptionId');
    case 'next_term_invoiced':
      return domainError(
        'next_term_invoiced',
        'The next term is invoiced already, so its dates cannot move: credit that invoice instead (a credit note).',
        'subscriptionId',
      );
  }
}
