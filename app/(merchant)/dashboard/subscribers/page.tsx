import type { Metadata } from 'next';
import Link from 'next/link';
import { SubscribersTable } from '@/components/dashboard/subscribers-table';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ENDING_SOON_DAYS, listSubscribers, SUBSCRIBER_LIST } from '@/db/queries/dashboard/list-subscribers';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Subscribers' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function SubscribersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/subscribers', 'read');
  const { query, error } = parseListQuery(await searchParams, SUBSCRIBER_LIST);
  const [settings, page, storefront] = await Promise.all([getDashboardSettings(), listSubscribers(REAL_TIME, query), getStorefrontSettings()]);
  const ending = query.filters.view === 'ending';
  return (
    <>
      <h1>{ending ? 'Subscriptions ending soon' : 'Subscribers'}</h1>
      <p className="muted">
        {ending ? (
          <>
            Running subscriptions whose commitment or last instalment ends, or that the customer stopped, within {ENDING_SOON_DAYS} days;
            soonest first with “Ends” sorted ascending. <Link href="/dashboard/subscribers">All subscribers</Link>
          </>
        ) : (
          <>
            Newest first. <Link href="/dashboard/subscribers?view=ending&sort=endsAt">Ending within {ENDING_SOON_DAYS} days</Link>
          </>
        )}
      </p>
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <SubscribersTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={SUBSCRIBER_LIST.sorts}
          q={query.q}
          filters={[
            {
              name: 'status',
              label: 'Status',
              options: (SUBSCRIBER_LIST.filters?.status ?? []).map((status) => ({ value: status, label: status.replaceAll('_', ' ') })),
            },
          ]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/subscribers' : null}
          timeZone={settings.timeZone}
          canStop={hasPermission(viewer.role, 'subscriptions:write')}
          maxPauseTerms={storefront.maxPauseTerms}
        />
      </section>
    </>
  );
}
