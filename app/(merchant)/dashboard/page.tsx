import type { Metadata } from 'next';
import { KpiPanel } from '@/components/dashboard/kpi-panel';
import { LatestInvoices } from '@/components/dashboard/latest-invoices';
import { MoneyTotals } from '@/components/dashboard/money-totals';
import { BillingErrorsPanel } from '@/components/test-clocks/billing-errors-panel';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { staffTestIds } from '@/components/staff/test-ids';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listBillingErrors } from '@/db/queries/dashboard/list-billing-errors';
import { getSubscriptionKpis } from '@/db/queries/dashboard/get-subscription-kpis';
import { listInvoices } from '@/db/queries/dashboard/list-invoices';
import { monthBounds } from '@/db/queries/dashboard/month-bounds';
import { sumInvoicedBetween } from '@/db/queries/dashboard/sum-invoiced-between';
import { sumPaymentsReceivedBetween } from '@/db/queries/dashboard/sum-payments-received-between';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dashboard' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMerchantPage('/dashboard', 'read');
  // A page the viewer's role may not open sent them here (see requireMerchantPage).
  const denied = (await searchParams).denied !== undefined;
  const settings = await getDashboardSettings();
  const month = monthBounds(new Date(), settings.timeZone);
  const range = { from: month.start, to: month.end };
  const [kpis, invoiced, received, latest, billingErrors] = await Promise.all([
    getSubscriptionKpis(REAL_TIME),
    sumInvoicedBetween(REAL_TIME, range),
    sumPaymentsReceivedBetween(REAL_TIME, range),
    listInvoices(REAL_TIME, { limit: 5 }),
    listBillingErrors({ limit: 20 }),
  ]);
  const monthName = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: settings.timeZone }).format(
    month.start,
  );
  const invoiceCount = invoiced.reduce((n, t) => n + t.invoiceCount, 0);
  const paymentCount = received.reduce((n, t) => n + t.paymentCount, 0);

  return (
    <>
      <h1>Overview</h1>
      {denied ? (
        <p className="alert error" role="alert" data-testid={staffTestIds.deniedNotice}>
          Your role does not allow you to open that page. The shop’s owner can change your role.
        </p>
      ) : null}
      <div className="grid">
        <KpiPanel
          title="Active subscriptions"
          note={
            <>
              plus <span data-testid={dashboardTestIds.kpiTrialingSubscriptions}>{kpis.trialingCount}</span> trialing
            </>
          }
        >
          <div className="kpi" data-testid={dashboardTestIds.kpiActiveSubscriptions}>
            {kpis.activeCount}
          </div>
        </KpiPanel>
        <KpiPanel title="MRR" note="Monthly value of active subscriptions; trials not counted.">
          <MoneyTotals
            testId={dashboardTestIds.kpiMrr}
            defaultCurrency={settings.defaultCurrency}
            totals={kpis.byCurrency
              .filter((c) => c.activeCount > 0)
              .map((c) => ({ currency: c.currency, amountMinor: c.mrrMinor }))}
          />
        </KpiPanel>
        <KpiPanel title="Invoiced this month" note={`${invoiceCount} ${invoiceCount === 1 ? 'invoice' : 'invoices'} issued in ${monthName}`}>
          <MoneyTotals
            testId={dashboardTestIds.kpiInvoicedThisMonth}
            defaultCurrency={settings.defaultCurrency}
            totals={invoiced.map((t) => ({ currency: t.currency, amountMinor: t.totalMinor }))}
          />
        </KpiPanel>
        <KpiPanel title="Payments received" note={`${paymentCount} ${paymentCount === 1 ? 'payment' : 'payments'} in ${monthName}`}>
          <MoneyTotals
            testId={dashboardTestIds.kpiPaymentsThisMonth}
            defaultCurrency={settings.defaultCurrency}
            totals={received}
          />
        </KpiPanel>
      </div>
      <BillingErrorsPanel rows={billingErrors} timeZone={settings.timeZone} />
      <LatestInvoices rows={latest} timeZone={settings.timeZone} />
    </>
  );
}
