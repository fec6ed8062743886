import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { formatDate } from '@/components/dashboard/format-date';
import { formatInterval } from '@/components/dashboard/format-interval';
import { AddSimulatedSubscriberForm } from '@/components/test-clocks/add-simulated-subscriber-form';
import { AdvanceTestClockForm } from '@/components/test-clocks/advance-test-clock-form';
import { ClockEmailsTable } from '@/components/test-clocks/clock-emails-table';
import { ClockEngineLogTable } from '@/components/test-clocks/clock-engine-log-table';
import { ClockInvoicesTable } from '@/components/test-clocks/clock-invoices-table';
import { clockInvoicesTexts } from '@/components/test-clocks/clock-invoices-texts';
import { ClockSubscriptionsTable } from '@/components/test-clocks/clock-subscriptions-table';
import { testClockTestIds } from '@/components/test-clocks/test-ids';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { getTestClock } from '@/db/queries/test-clocks/get-test-clock';
import { listClockBillingActions } from '@/db/queries/test-clocks/list-clock-billing-actions';
import { listClockEmails } from '@/db/queries/test-clocks/list-clock-emails';
import { listClockInvoices } from '@/db/queries/test-clocks/list-clock-invoices';
import { listClockSubscriptions } from '@/db/queries/test-clocks/list-clock-subscriptions';
import { listSimulationPlans } from '@/db/queries/test-clocks/list-simulation-plans';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { formatMoney } from '@/lib/billing/money';
import { getTableTexts } from '@/components/tables/table-texts';
import { dashboardIntlTag } from '@/components/dashboard/format-date';
import { advanceReportTexts } from '@/components/test-clocks/advance-report-texts';
import { getPageLocale } from '@/lib/auth/page-locale';
import { templatesOf } from '@/lib/i18n/templates';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.manage.testClocks')('clock') };
}

// NOTE: `guid`, not `uuid`: anything PostgreSQL's uuid type accepts, and nothing it would reject
// with an error (a 500) instead of finding no row.
const paramsSchema = z.object({ id: z.guid() });

export default async function TestClockPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireMerchantPage(`/dashboard/test-clocks/${encodeURIComponent(id)}`, 'read');
  const parsed = paramsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  const clock = await getTestClock(parsed.data.id);
  if (!clock) notFound();

  const [settings, plans, subscriptions, invoices, emails, log] = await Promise.all([
    getDashboardSettings(),
    listSimulationPlans(),
    listClockSubscriptions(clock.id),
    listClockInvoices(clock.id),
    listClockEmails(clock.id),
    listClockBillingActions(clock.id),
  ]);
  // A clock simulating the shop in another zone shows (and takes) its dates in that zone.
  const timeZone = clock.timeZone ?? settings.timeZone;
  const locale = await getPageLocale();
  const t = getTranslator(locale, 'dashboard.manage.testClocks');
  const tableTexts = getTableTexts(locale);
  const planChoices = plans.map((p) => ({
    id: p.id,
    code: p.code,
    label: t('planChoice', {
      product: p.productName,
      plan: p.planName,
      price: formatMoney(p.priceMinor, p.currency, dashboardIntlTag(locale)),
      interval: formatInterval(p.intervalUnit, p.intervalCount, tableTexts.table),
      trialDays: p.trialDays,
    }),
  }));

  return (
    <>
      <p>
        <Link href="/dashboard/test-clocks">← {t('title')}</Link>
      </p>
      <h1 data-testid={testClockTestIds.clockName}>{clock.name}</h1>
      <p className="kpi" style={{ margin: '0 0 1rem' }}>
        <span data-testid={testClockTestIds.clockTime}>{formatDate(clock.frozenTime.toISOString(), timeZone, { time: true, locale })}</span>{' '}
        <span className="muted" style={{ fontSize: '1rem', fontWeight: 400 }}>
          {t('simulatedTimeIn', { timeZone })}
        </span>
      </p>
      {hasPermission(viewer.role, 'test-clocks:write') ? (
        <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))' }}>
          <section className="panel" aria-label={t('advance')}>
            <h2 style={{ marginTop: 0 }}>{t('advance')}</h2>
            <AdvanceTestClockForm
              clockId={clock.id}
              timeZone={timeZone}
              texts={{
                ...textsOf(locale, 'dashboard.manage.testClocks.advanceForm', ['submit', 'by', 'day', 'week', 'month', 'year']),
                to: t('advanceForm.to', { timeZone }),
              }}
              reportTexts={advanceReportTexts(locale)}
            />
          </section>
          <section className="panel" aria-label={t('addSubscriber')}>
            <h2 style={{ marginTop: 0 }}>{t('addSubscriber')}</h2>
            <AddSimulatedSubscriberForm clockId={clock.id} plans={planChoices} texts={templatesOf(locale, 'dashboard.manage.testClocks.subscriber')} />
          </section>
        </div>
      ) : null}
      <section className="panel" aria-label={t('subscriptionsTitle')}>
        <h2 style={{ marginTop: 0 }}>{t('subscriptionsTitle')}</h2>
        <ClockSubscriptionsTable rows={subscriptions} timeZone={timeZone} locale={locale} />
      </section>
      <section className="panel" aria-label={t('invoicesTitle')}>
        <h2 style={{ marginTop: 0 }}>{t('invoicesTitle')}</h2>
        <ClockInvoicesTable rows={invoices} timeZone={timeZone} texts={clockInvoicesTexts(tableTexts.locale)} />
      </section>
      <section className="panel" aria-label={t('emailsTitle')}>
        <h2 style={{ marginTop: 0 }}>{t('emailsTitle')}</h2>
        <ClockEmailsTable rows={emails} timeZone={timeZone} texts={tableTexts} />
      </section>
      <section className="panel" aria-label={t('engineLog')}>
        <h2 style={{ marginTop: 0 }}>{t('engineLog')}</h2>
        <ClockEngineLogTable rows={log} timeZone={timeZone} texts={tableTexts} />
      </section>
    </>
  );
}
