import type { ClockScope } from '@/db/queries/clock-scope';
import { sumDashboardTotals } from '@/db/queries/dashboard/sum-dashboard-totals';
import type { PaymentsReceivedTotal } from '@/db/queries/dashboard/scan-payments-received-between';
import { assertMinor } from '@/lib/billing/money';

export type { PaymentsReceivedTotal };

/**
 * Money received in [from, to), per currency: the same figures as scanPaymentsReceivedBetween
 * (the definition, a pass over the payments: paid, settled in the range, credit balance use left out), read from
 * the daily totals.
 */
export async function sumPaymentsReceivedBetween(scope: ClockScope, range: { from: Date; to: Date }): Promise<PaymentsReceivedTotal[]> {
  const totals = await sumDashboardTotals(scope, 'received', [{ key: 'range', ...range }]);
  return totals
    .map((t) => {
      assertMinor(t.amountMinor, 'payments total');
      return { currency: t.currency, amountMinor: t.amountMinor, paymentCount: t.count };
    })
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
