import type { Metadata } from 'next';
import Link from 'next/link';
import { KpiPanel } from '@/components/dashboard/kpi-panel';
import { LatestInvoices } from '@/components/dashboard/latest-invoices';
import { MetricsDefinitions } from '@/components/dashboard/metrics-definitions';
import { MetricsRangeForm } from '@/components/dashboard/metrics-range-form';
import { MrrCharts } from '@/components/dashboard/mrr-charts';
import { figureHref, MrrMonthsTable } from '@/components/dashboard/mrr-months-table';
import { BillingErrorsPanel } from '@/components/test-clocks/billing-errors-panel';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { staffTestIds } from '@/components/staff/test-ids';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { readOverview } from '@/db/queries/dashboard/read-overview';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { formatMoney } from '@/lib/billing/money';
import { dashboardIntlTag } from '@/components/dashboard/format-date';
import { monthSpans } from '@/lib/billing/metrics/month-range';
import { annualRunRateMinor, averageRevenuePerSubscriberMinor, formatRateBp } from '@/lib/billing/metrics/rates';
import { templatesOf } from '@/lib/i18n/templates';
import { getTranslator } from '@/lib/i18n/translator';
import { parseMetricsRange } from '@/lib/validations/metrics-range';
import { metricsRangeNotice } from '@/components/dashboard/metrics-range-notice';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.nav')('label') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMerchantPage('/dashboard', 'read');
  const params = await searchParams;
  // A page the viewer's role may not open sent them here (see requireMerchantPage).
  const denied = params.denied !== undefined;
  const [settings, locale] = await Promise.all([getDashboardSettings(), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.overview');
  const texts = templatesOf(locale, 'dashboard.overview');
  const tag = dashboardIntlTag(locale);
  const period = parseMetricsRange(params, new Date(), settings.timeZone);
  const months = monthSpans(period.from, period.to, settings.timeZone);
  const { mrr, trials, invoiced, received, latest, billingErrors } = await readOverview(REAL_TIME, months);
  const currencies = [
    ...new Set([...mrr.map((c) => c.currency), ...trials.map((t) => t.currency), ...invoiced.map((t) => t.currency), ...received.map((t) => t.currency)]),
  ].sort();
  if (currencies.length === 0) currencies.push(settings.defaultCurrency);
  const periodName = period.from === period.to ? period.from : `${period.from} – ${period.to}`;

  return (
    <>
      <h1>{t('title')}</h1>
      {denied ? (
        <p className="alert error" role="alert" data-testid={staffTestIds.deniedNotice}>
          {t('denied')}
        </p>
      ) : null}
      <section className="panel">
        <MetricsRangeForm
          from={period.from}
          to={period.to}
          notice={metricsRangeNotice(locale, period.problems)}
          texts={{ label: t('periodLabel'), from: t('from'), to: t('to'), show: t('show') }}
        />
        <p className="muted" style={{ marginBottom: 0 }}>
          {t('intro')}
        </p>
      </section>
      {currencies.map((currency) => {
        const monthsOf = mrr.find((c) => c.currency === currency)?.months ?? [];
        const last = monthsOf[monthsOf.length - 1];
        const mrrMinor = last?.closingMinor ?? 0;
        const subscribers = last?.subscribersAtEnd ?? 0;
        const arpu = averageRevenuePerSubscriberMinor(mrrMinor, subscribers);
        const trial = trials.find((t) => t.currency === currency);
        const invoicedTotal = invoiced.find((t) => t.currency === currency);
        const receivedTotal = received.find((t) => t.currency === currency);
        const money = (minor: number) => formatMoney(minor, currency, tag);
        return (
          <section key={currency} className="stack" data-testid={dashboardTestIds.metricsCurrency} aria-label={t('figuresIn', { currency })}>
            <h2 style={{ marginBottom: 0 }}>{currency}</h2>
            <div className="grid">
              <KpiPanel title={t('mrr')} note={t('mrrNote', { month: period.to })}>
                <div className="kpi" data-testid={dashboardTestIds.kpiMrr}>
                  {last ? <Link href={figureHref(currency, last.month, 'mrr')}>{money(mrrMinor)}</Link> : money(0)}
                </div>
              </KpiPanel>
              <KpiPanel title={t('arr')} note={t('arrNote')}>
                <div className="kpi" data-testid={dashboardTestIds.kpiArr}>
                  {money(annualRunRateMinor(mrrMinor))}
                </div>
              </KpiPanel>
              <KpiPanel
                title={t('subscribers')}
                note={t.rich('subscribersNote', {
                  amount: arpu === null ? '—' : money(arpu),
                  arpu: (chunks) => <span data-testid={dashboardTestIds.kpiArpu}>{chunks}</span>,
                })}
              >
                <div className="kpi" data-testid={dashboardTestIds.kpiActiveSubscriptions}>
                  {subscribers}
                </div>
              </KpiPanel>
              <KpiPanel
                title={t('trials')}
                note={
                  trial && trial.converted + trial.lost > 0
                    ? t('trialsDecided', { converted: String(trial.converted), decided: String(trial.converted + trial.lost), period: periodName })
                    : t('trialsNone', { period: periodName })
                }
              >
                <div className="kpi">
                  <span data-testid={dashboardTestIds.kpiTrialingSubscriptions}>{trial?.trialingNow ?? 0}</span>
                  <span className="muted" style={{ fontSize: '1rem', fontWeight: 400 }}>
                    {' '}
                    {t.rich('trialsNow', {
                      rate: formatRateBp(trial?.conversionBp ?? null, tag),
                      conversion: (chunks) => <span data-testid={dashboardTestIds.kpiTrialConversion}>{chunks}</span>,
                    })}
                  </span>
                </div>
              </KpiPanel>
              <KpiPanel title={t('received')} note={t('receivedNote', { count: receivedTotal?.paymentCount ?? 0, period: periodName })}>
                <div className="kpi" data-testid={dashboardTestIds.kpiPaymentsThisMonth}>
                  {money(receivedTotal?.amountMinor ?? 0)}
                </div>
              </KpiPanel>
              <KpiPanel title={t('invoiced')} note={t('invoicedNote', { count: invoicedTotal?.invoiceCount ?? 0, period: periodName })}>
                <div className="kpi" data-testid={dashboardTestIds.kpiInvoicedThisMonth}>
                  {money(invoicedTotal?.totalMinor ?? 0)}
                </div>
              </KpiPanel>
            </div>
            {monthsOf.length > 0 ? (
              <section className="panel">
                <MrrCharts
                  currency={currency}
                  locale={locale}
                  texts={texts}
                  months={monthsOf.map((m) => ({ month: m.month, closingMinor: m.closingMinor, ...m.movements }))}
                />
                <MrrMonthsTable currency={currency} months={monthsOf} locale={locale} />
              </section>
            ) : null}
          </section>
        );
      })}
      <MetricsDefinitions locale={locale} />
      <BillingErrorsPanel rows={billingErrors} timeZone={settings.timeZone} locale={locale} />
      <LatestInvoices rows={latest} timeZone={settings.timeZone} locale={locale} />
    </>
  );
}
