import type { ClockScope } from '@/db/queries/clock-scope';
import { getMrrMonths } from '@/db/queries/dashboard/get-mrr-months';
import { getTrialMetrics } from '@/db/queries/dashboard/get-trial-metrics';
import { listBillingErrors } from '@/db/queries/dashboard/list-billing-errors';
import { listInvoices } from '@/db/queries/dashboard/list-invoices';
import { sumInvoicedBetween } from '@/db/queries/dashboard/sum-invoiced-between';
import { sumPaymentsReceivedBetween } from '@/db/queries/dashboard/sum-payments-received-between';
import type { MonthSpan } from '@/lib/billing/metrics/month-range';

/**
 * Every read of the dashboard's overview for the months shown, at once: the MRR ledger month by
 * month, trials, what was invoiced and received in the range, the latest invoices and the
 * billing errors. One function, so that bench:dashboard times exactly what the page reads.
 */
export async function readOverview(scope: ClockScope, months: readonly MonthSpan[]) {
  const range = { from: months[0]!.start, to: months[months.length - 1]!.end };
  const [mrr, trials, invoiced, received, latest, billingErrors] = await Promise.all([
    getMrrMonths(scope, months),
    getTrialMetrics(scope, range),
    sumInvoicedBetween(scope, range),
    sumPaymentsReceivedBetween(scope, range),
    listInvoices(scope, { limit: 5 }),
    listBillingErrors({ limit: 20 }),
  ]);
  return { mrr, trials, invoiced, received, latest, billingErrors };
}
