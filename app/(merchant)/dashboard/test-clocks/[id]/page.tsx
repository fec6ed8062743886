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
import { getPageLocale } from '@/lib/auth/page-locale';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Test clock' };

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
  const tableTexts = getTableTexts(await getPageLocale());
  const planChoices = plans.map((p) => ({
    id: p.id,
    code: p.code,
    label:
      `${p.productName} — ${p.planName} · ${formatMoney(p.priceMinor, p.currency)} / ${formatInterval(p.intervalUnit, p.intervalCount)}` +
      (p.trialDays > 0 ? ` · ${p.trialDays}-day trial` : ''),
  }));

  return (
    <>
      <p>
        <Link href="/dashboard/test-clocks">← Test clocks</Link>
      </p>
      <h1 data-testid={testClockTestIds.clockName}>{clock.name}</h1>
      <p className="kpi" style={{ margin: '0 0 1rem' }}>
        <span data-testid={testClockTestIds.clockTime}>{formatDate(clock.frozenTime.toISOString(), timeZone, { time: true })}</span>{' '}
        <span className="muted" style={{ fontSize: '1rem', fontWeight: 400 }}>
          simulated time ({timeZone})
        </span>
      </p>
      {hasPermission(viewer.role, 'test-clocks:write') ? (
        <div className="grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))' }}>
          <section className="panel" aria-label="Advance the clock">
            <h2 style={{ marginTop: 0 }}>Advance the clock</h2>
            <AdvanceTestClockForm clockId={clock.id} timeZone={timeZone} />
          </section>
          <section className="panel" aria-label="Add simulated subscriber">
            <h2 style={{ marginTop: 0 }}>Add simulated subscriber</h2>
            <AddSimulatedSubscriberForm clockId={clock.id} plans={planChoices} />
          </section>
        </div>
      ) : null}
      <section className="panel" aria-label="Subscriptions">
        <h2 style={{ marginTop: 0 }}>Subscriptions</h2>
        <ClockSubscriptionsTable rows={subscriptions} timeZone={timeZone} />
      </section>
      <section className="panel" aria-label="Invoices">
        <h2 style={{ marginTop: 0 }}>Invoices</h2>
        <ClockInvoicesTable rows={invoices} timeZone={timeZone} texts={clockInvoicesTexts(tableTexts.locale)} />
      </section>
      <section className="panel" aria-label="E-mails">
        <h2 style={{ marginTop: 0 }}>E-mails</h2>
        <ClockEmailsTable rows={emails} timeZone={timeZone} texts={tableTexts} />
      </section>
      <section className="panel" aria-label="Engine log">
        <h2 style={{ marginTop: 0 }}>Engine log</h2>
        <ClockEngineLogTable rows={log} timeZone={timeZone} texts={tableTexts} />
      </section>
    </>
  );
}
