import type { Metadata } from 'next';
import Link from 'next/link';
import { InvoicesTable } from '@/components/dashboard/invoices-table';
import { EinvoiceExportForm } from '@/components/merchant/einvoice-export-form';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { DUNNING_STEP_FILTERS, INVOICE_LIST, listInvoicesPage } from '@/db/queries/dashboard/list-invoices';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseExportMonth } from '@/lib/validations/einvoice-export';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoices' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/invoices', 'read');
  const { query, error } = parseListQuery(await searchParams, INVOICE_LIST);
  const [settings, page] = await Promise.all([getDashboardSettings(), listInvoicesPage(REAL_TIME, query)]);
  const lastMonth = parseExportMonth(null, { now: new Date(), timeZone: settings.timeZone });
  const overdue = query.filters.view === 'overdue';
  const canExport = hasPermission(viewer.role, 'exports:read');
  return (
    <>
      <h1>{overdue ? 'Overdue invoices' : 'Invoices'}</h1>
      <p className="muted">
        {overdue ? (
          <>
            Open invoices past their due date; narrow them by the dunning steps already taken. <Link href="/dashboard/invoices">All invoices</Link>
          </>
        ) : (
          <>
            Newest first. <Link href="/dashboard/invoices?view=overdue">Overdue invoices</Link>
          </>
        )}
      </p>
      {!overdue && canExport && lastMonth.ok ? (
        <section className="panel">
          <EinvoiceExportForm defaultMonth={lastMonth.month} />
        </section>
      ) : null}
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <InvoicesTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={INVOICE_LIST.sorts}
          q={query.q}
          filters={[
            overdue
              ? { name: 'step', label: 'Dunning steps done', options: DUNNING_STEP_FILTERS.map((step) => ({ value: step, label: step })) }
              : { name: 'status', label: 'Status', options: (INVOICE_LIST.filters?.status ?? []).map((status) => ({ value: status, label: status })) },
          ]}
          filterValues={query.filters}
          exportPath={canExport ? '/dashboard/exports/invoices' : null}
          timeZone={settings.timeZone}
        />
      </section>
    </>
  );
}
