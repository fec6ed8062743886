import type { Metadata } from 'next';
import Link from 'next/link';
import { AbandonedCheckoutsTable } from '@/components/merchant/abandoned-checkouts-table';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ABANDONED_CHECKOUT_LIST, listAbandonedCheckouts } from '@/db/queries/dashboard/list-abandoned-checkouts';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Abandoned checkouts' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AbandonedPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/payments/abandoned', 'read');
  const { query, error } = parseListQuery(await searchParams, ABANDONED_CHECKOUT_LIST);
  const [settings, page] = await Promise.all([getDashboardSettings(), listAbandonedCheckouts(REAL_TIME, query, new Date())]);
  return (
    <>
      <h1>Abandoned checkouts</h1>
      <p className="muted">
        Checkout payments still waiting for the provider an hour after they started: the customer left, closed the browser, or the
        provider never reported. If the money came in, mark it paid and the order is fulfilled as usual; if not, mark it not paid
        and the order is canceled. The provider is asked first either way. <Link href="/dashboard/payments">All payments</Link>
      </p>
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <AbandonedCheckoutsTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={ABANDONED_CHECKOUT_LIST.sorts}
          q={query.q}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/abandoned-checkouts' : null}
          timeZone={settings.timeZone}
          canSettle={hasPermission(viewer.role, 'payments:write')}
        />
      </section>
    </>
  );
}
