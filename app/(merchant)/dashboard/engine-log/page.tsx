import type { Metadata } from 'next';
import Link from 'next/link';
import { EngineLogTable } from '@/components/dashboard/engine-log-table';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ENGINE_LOG_ACTIONS, ENGINE_LOG_LIST, listEngineLog } from '@/db/queries/dashboard/list-engine-log';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { subscriptionStatuses } from '@/lib/billing/lifecycle';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Engine log' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function EngineLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/engine-log', 'read');
  const { query, error } = parseListQuery(await searchParams, ENGINE_LOG_LIST);
  const [settings, page] = await Promise.all([getDashboardSettings(), listEngineLog(REAL_TIME, query)]);
  return (
    <>
      <h1>Engine log</h1>
      <p className="muted">
        Every step the billing engine applied, latest first: announcements, invoices, issues and charges, reminders, pauses and ends,
        each once per subscription and term. What failed is under <Link href="/dashboard/engine-errors">engine errors</Link>.
      </p>
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <EngineLogTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={ENGINE_LOG_LIST.sorts}
          q={query.q}
          filters={[
            { name: 'action', label: 'Step', options: ENGINE_LOG_ACTIONS.map((action) => ({ value: action, label: action })) },
            { name: 'status', label: 'Subscription now', options: subscriptionStatuses.map((status) => ({ value: status, label: status })) },
          ]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/engine-log' : null}
          timeZone={settings.timeZone}
        />
      </section>
    </>
  );
}
