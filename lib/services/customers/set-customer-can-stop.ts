import type { Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import { setCustomerSelfService } from './set-customer-self-service';

/**
 * Staff let one customer stop their subscriptions on Min Side, or forbid it (customers.can_cancel;
 * the shop's customersCanStop must allow it too). Audited; an unchanged value writes nothing.
 */
export async function setCustomerCanStop(input: {
  customerId: string;
  canStop: boolean;
  staffUserId: string;
}): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  return setCustomerSelfService({ customerId: input.customerId, key: 'canCancel', value: input.canStop, staffUserId: input.staffUserId });
}
