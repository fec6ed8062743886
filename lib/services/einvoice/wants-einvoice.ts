import type { Customer } from '@/db/schema';
import { isBusinessBuyer } from '@/lib/billing/vat/buyer-kind';

/** The customer fields the choice reads. */
export type EinvoiceChoice = Pick<Customer, 'customerType'> & { wantsEinvoice: boolean | null };

/**
 * Whether a customer gets the EHF e-invoice attached to their invoice e-mail: a business that
 * asked for it (Min Side → Your details). The one place this is decided.
 */
export function wantsEinvoice(customer: EinvoiceChoice): boolean {
  return isBusinessBuyer(customer) && customer.wantsEinvoice === true;
}
