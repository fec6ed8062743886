import type { Metadata } from 'next';
import Link from 'next/link';
import { MrrSubscriptionsTable } from '@/components/dashboard/mrr-subscriptions-table';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listMrrSubscriptions, MRR_LIST_PAGE_SIZE } from '@/db/queries/dashboard/list-mrr-subscriptions';
import { requireMerchantPage } from '@/lib/auth/guards';
import { monthSpan } from '@/lib/billing/metrics/month-range';
import { parseMrrFigureQuery } from '@/lib/validations/metrics-range';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Subscriptions behind a figure' };

type SearchParams = Record<string, string | string[] | undefined>;

const TITLES = {
  new: 'New MRR',
  expansion: 'Expansion',
  contraction: 'Contraction',
  churn: 'Churn',
  reactivation: 'Reactivation',
  mrr: 'MRR at the end of the month',
} as const;

/** The subscriptions behind one figure of the overview's metrics, a page at a time. */
export default async function MrrFigureSubscriptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMerchantPage('/dashboard/metrics/subscriptions', 'read');
  const [settings, params] = await Promise.all([getDashboardSettings(), searchParams]);
  const parsed = parseMrrFigureQuery(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>Subscriptions behind a figure</h1>
        <p className="alert error" role="alert">
          {parsed.error} Open a figure from the <Link href="/dashboard">overview</Link>.
        </p>
      </>
    );
  }
  const { currency, month, figure, page } = parsed.value;
  const list = await listMrrSubscriptions(REAL_TIME, { currency, month: monthSpan(month, settings.timeZone), figure, page });
  const pages = Math.max(1, Math.ceil(list.total / MRR_LIST_PAGE_SIZE));
  const pageHref = (to: number) => `/dashboard/metrics/subscriptions?${new URLSearchParams({ currency, month, figure, page: String(to) })}`;
  return (
    <>
      <h1>
        {TITLES[figure]} · {month} · {currency}
      </h1>
      <p className="muted">
        {figure === 'mrr'
          ? 'The subscriptions that counted in the MRR at the end of the month, largest first, with their MRR then.'
          : `Each change of this kind in ${month}, in order, with its amount of MRR.`}{' '}
        <Link href="/dashboard">Back to the overview</Link>
      </p>
      <section className="panel">
        <MrrSubscriptionsTable rows={list.rows} currency={currency} timeZone={settings.timeZone} withDate={figure !== 'mrr'} />
        <p className="row" style={{ justifyContent: 'space-between', marginBottom: 0 }}>
          <span className="muted">
            {list.total} {list.total === 1 ? 'row' : 'rows'}; page {Math.min(page, pages)} of {pages}
            {pages > 1 ? null : ' (the rows add up to the figure)'}
          </span>
          <span className="row">
            {page > 1 ? <Link href={pageHref(Math.min(page - 1, pages))}>← Previous</Link> : null}
            {page < pages ? <Link href={pageHref(page + 1)}>Next →</Link> : null}
          </span>
        </p>
      </section>
    </>
  );
}
