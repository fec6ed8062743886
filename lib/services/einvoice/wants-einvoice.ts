import type { Customer } from '@/db/schema';
import { isBusinessBuyer } from '@/lib/billing/vat/buyer-kind';

/** The customer fields the choice reads; `wantsEinvoice` once customers carry the column. */
export type EinvoiceChoice = Pick<Customer, 'companyName' | 'vatId'> & { wantsEinvoice?: boolean | null };

/**
 * Whether a customer gets the EHF e-invoice attached to their invoice e-mail: a business that
 * asked for it. The one place this is decided.
 *
 * NOTE: customers have no `wants_einvoice` column yet (it is being added with the customer's type
 * and Peppol id); until it exists no row carries the flag and this answers false. Once the column
 * is there, loaded customer rows carry it and the answer follows it, with no change here.
 */
export function wantsEinvoice(customer: EinvoiceChoice): boolean {
  return isBusinessBuyer(customer) && customer.wantsEinvoice === true;
}
