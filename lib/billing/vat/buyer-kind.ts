/**
 * Whether a customer buys as a business, for VAT and e-invoicing: the one place that says so.
 *
 * NOTE: today a customer is a business when it gave a company name or a VAT id. When customers
 * carry their own type (`customerType`: 'consumer' | 'business'), read that here instead: every
 * VAT decision and e-invoice choice goes through this function.
 */
export function isBusinessBuyer(customer: { companyName: string | null; vatId: string | null }): boolean {
  return Boolean(customer.companyName?.trim() || customer.vatId?.trim());
}
