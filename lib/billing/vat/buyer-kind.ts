export type CustomerType = 'consumer' | 'business';

/**
 * Whether a customer buys as a business, for VAT and e-invoicing: the one place that says so.
 * The customer's own type decides (set at registration, checkout, Min Side and by staff), not a
 * company name or VAT id: a business that gave no VAT id is still a business (taxed as a consumer
 * where reverse charge would apply, and the decision says why).
 */
export function isBusinessBuyer(customer: { customerType: CustomerType }): boolean {
  return customer.customerType === 'business';
}

/**
 * The type a customer registers with when none was chosen: a business when it gave a company
 * name or a VAT id (what decided "business" before customers had a type; the backfill does the same).
 */
export function customerTypeOf(input: { customerType?: CustomerType | null; companyName?: string | null; vatId?: string | null }): CustomerType {
  if (input.customerType) return input.customerType;
  return input.companyName?.trim() || input.vatId?.trim() ? 'business' : 'consumer';
}
