import type { Customer, ShopSettings } from '@/db/schema';

/**
 * The number series an invoice of this customer takes its number from.
 *
 * NOTE: simulated customers (on a test clock) number their invoices in the clock's own series:
 * a simulation must never consume, or leave gaps in, the shop's real gapless series.
 */
export function seriesFor(customer: Pick<Customer, 'testClockId'>, settings: Pick<ShopSettings, 'invoiceSeriesId'>): string {
  return customer.testClockId ? clockSeriesId(customer.testClockId) : settings.invoiceSeriesId;
}

export function clockSeriesId(clockId: string): string {
  return `clock:${clockId}`;
}
