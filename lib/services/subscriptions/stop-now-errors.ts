import type { StopNowRefusal } from '@/lib/billing/stop-now';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';

/**
 * The refusals of a customer's stop at once, one code each (the action answers `not_found` with a
 * 404 and words the others in the customer's language; `date` carries the date a message names).
 */
export type StopNowError = DomainErrorShape & { date?: Date };

export const stopNowNotFound = (): StopNowError => domainError('not_found', 'That subscription does not exist.');

/** The amounts changed since the customer saw them (a day passed, a payment came in). */
export const stopNowPreviewChanged = (): StopNowError =>
  domainError('preview_changed', 'The amounts have changed since you saw them. Look at them again before you confirm.');

export function stopNowRefusalError(refusal: StopNowRefusal): StopNowError {
  switch (refusal.code) {
    case 'not_allowed':
      return domainError('not_allowed', 'This subscription cannot be stopped at once here. Please contact the shop.');
    case 'not_running':
      return domainError('not_running', 'This subscription is not running, so there is nothing to stop.');
    case 'in_commitment':
      return {
        ...domainError('in_commitment', `This subscription has a commitment until ${refusal.commitmentEndsAt.toISOString().slice(0, 10)}.`),
        date: refusal.commitmentEndsAt,
      };
  }
}
