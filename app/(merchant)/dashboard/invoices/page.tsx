import type { Metadata } from 'next';
import Link from 'next/link';
import { InvoicesTable } from '@/components/dashboard/invoices-table';
import { EinvoiceExportForm } from '@/components/merchant/einvoice-export-form';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { DUNNING_STEP_FILTERS, INVOICE_LIST, listInvoicesPage } from '@/db/queries/dashboard/list-invoices';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parseExportMonth } from '@/lib/validations/einvoice-export';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.invoices')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/invoices', 'read');
  const { query, problem } = parseListQuery(await searchParams, INVOICE_LIST);
  const [settings, page, locale] = await Promise.all([getDashboardSettings(), listInvoicesPage(REAL_TIME, query), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.lists.invoices');
  const texts = getListTexts(locale, 'invoices');
  const lastMonth = parseExportMonth(null, { now: new Date(), timeZone: settings.timeZone });
  const overdue = query.filters.view === 'overdue';
  const canExport = hasPermission(viewer.role, 'exports:read');
  return (
    <>
      <h1>{overdue ? t('titleOverdue') : t('title')}</h1>
      <p className="muted">
        {overdue ? (
          <>
            {t('introOverdue')} <Link href="/dashboard/invoices">{t('allLink')}</Link>
          </>
        ) : (
          <>
            {t('intro')} <Link href="/dashboard/invoices?view=overdue">{t('overdueLink')}</Link>
          </>
        )}
      </p>
      {!overdue && canExport && lastMonth.ok ? (
        <section className="panel">
          <EinvoiceExportForm defaultMonth={lastMonth.month} texts={{ label: t('exportLabel'), submit: t('exportSubmit') }} />
        </section>
      ) : null}
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
      <section className="panel">
        <InvoicesTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={INVOICE_LIST.sorts}
          q={query.q}
          filters={[
            overdue
              ? { name: 'step', label: t('stepFilter'), options: DUNNING_STEP_FILTERS.map((step) => ({ value: step, label: step })) }
              : {
                  name: 'status',
                  label: t('statusFilter'),
                  options: (INVOICE_LIST.filters?.status ?? []).map((status) => ({ value: status, label: texts.statuses[status] ?? status })),
                },
          ]}
          filterValues={query.filters}
          exportPath={canExport ? '/dashboard/exports/invoices' : null}
          timeZone={settings.timeZone}
          texts={texts}
        />
      </section>
    </>
  );
}
