import type { ClockScope } from '@/db/queries/clock-scope';
import { sumDashboardTotals } from '@/db/queries/dashboard/sum-dashboard-totals';
import type { InvoicedTotal } from '@/db/queries/dashboard/scan-invoiced-between';
import { assertMinor } from '@/lib/billing/money';

export type { InvoicedTotal };

/**
 * What was invoiced in [from, to), per currency: the same figures as scanInvoicedBetween (the
 * definition, a pass over the invoices), read from the daily totals, so a year costs the same at any history.
 */
export async function sumInvoicedBetween(scope: ClockScope, range: { from: Date; to: Date }): Promise<InvoicedTotal[]> {
  const totals = await sumDashboardTotals(scope, 'invoiced', [{ key: 'range', ...range }]);
  return totals
    .map((t) => {
      assertMinor(t.amountMinor, 'invoiced total');
      return { currency: t.currency, totalMinor: t.amountMinor, invoiceCount: t.count };
    })
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
