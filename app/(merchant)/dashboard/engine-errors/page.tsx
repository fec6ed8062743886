import type { Metadata } from 'next';
import { EngineErrorsTable } from '@/components/dashboard/engine-errors-table';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ENGINE_ERROR_LIST, listEngineErrors } from '@/db/queries/dashboard/list-engine-errors';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Engine errors' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function EngineErrorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/engine-errors', 'read');
  const { query, error } = parseListQuery(await searchParams, ENGINE_ERROR_LIST);
  const [settings, page] = await Promise.all([getDashboardSettings(), listEngineErrors(REAL_TIME, query)]);
  return (
    <>
      <h1>Engine errors</h1>
      <p className="muted">
        Subscriptions whose last billing run failed, latest first. The engine tries again on its next sweep and clears the error when it
        succeeds; events whose delivery failed are on the overview.
      </p>
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <EngineErrorsTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={ENGINE_ERROR_LIST.sorts}
          q={query.q}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/engine-errors' : null}
          timeZone={settings.timeZone}
        />
      </section>
    </>
  );
}
