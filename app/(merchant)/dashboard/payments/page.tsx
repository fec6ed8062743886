import type { Metadata } from 'next';
import Link from 'next/link';
import { MoneyTotals } from '@/components/dashboard/money-totals';
import { PaymentsFilterForm } from '@/components/merchant/payments-filter-form';
import { paymentsFilterText } from '@/components/merchant/payments-filter-text';
import { PaymentsTable } from '@/components/merchant/payments-table';
import { merchantPaymentTestIds } from '@/components/merchant/test-ids';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listPaymentsPage, PAYMENT_LIST, totalPaymentsList } from '@/db/queries/dashboard/list-payments-page';
import { PAYMENT_FILTER_CHOICES } from '@/db/queries/payments/payment-filter-choices';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parsePaymentsReportQuery } from '@/lib/services/payments/payments-report-filters';
import { listHref, parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.payments')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/payments', 'read');
  const [settings, params, locale] = await Promise.all([getDashboardSettings(), searchParams, getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.lists.payments');
  const texts = getListTexts(locale, 'payments');
  const filters = parsePaymentsReportQuery(params, { now: new Date(), timeZone: settings.timeZone });
  const { query, problem } = parseListQuery(params, PAYMENT_LIST);
  const [page, totals] = filters.ok
    ? await Promise.all([listPaymentsPage(REAL_TIME, filters.value, query), totalPaymentsList(REAL_TIME, filters.value, query)])
    : [null, []];
  const values = {
    from: filters.ok ? filters.value.fromDate : first(params.from),
    to: filters.ok ? filters.value.toDate : first(params.to),
    method: first(params.method),
    status: first(params.status),
    source: first(params.source),
  };
  const canExport = hasPermission(viewer.role, 'exports:read');
  const exportQuery = listHref(new URLSearchParams(Object.entries({ ...values, q: query.q }).filter(([, v]) => v !== '')), {});

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('intro')} <Link href="/dashboard/payments?status=failed">{t('failedLink')}</Link> ·{' '}
        <Link href="/dashboard/payments/abandoned">{t('abandonedLink')}</Link>
      </p>
      <section className="panel stack">
        <PaymentsFilterForm
          values={values}
          choices={PAYMENT_FILTER_CHOICES}
          timeZone={settings.timeZone}
          texts={{
            from: t('from', { timeZone: settings.timeZone }),
            to: t('to'),
            method: texts.columns.method,
            status: texts.columns.status,
            source: texts.columns.source,
            any: t('any'),
            show: t('show'),
          }}
          statusLabels={texts.statuses}
        />
        {!filters.ok && (
          <p className="alert error" role="alert" data-testid={merchantPaymentTestIds.paymentsFilterError}>
            {paymentsFilterText(locale, filters.problem)}
          </p>
        )}
      </section>
      {page && (
        <>
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>{t('totals')}</h2>
            <div data-testid={merchantPaymentTestIds.paymentsTotals}>
              <MoneyTotals totals={totals} defaultCurrency={settings.defaultCurrency} testId="payments-totals-amounts" locale={locale} />
              <p className="muted">{totals.map((total) => t('counts', { count: total.count, currency: total.currency })).join(', ') || t('none')}</p>
            </div>
            {canExport ? (
              <a className="button secondary" href={`/dashboard/exports/payments${exportQuery}`} data-testid={merchantPaymentTestIds.paymentsExportLink}>
                {texts.table.downloadCsv}
              </a>
            ) : null}
          </section>
          <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
          <section className="panel">
            <PaymentsTable
              rows={page.rows}
              paging={page}
              sort={query.sort}
              sortable={PAYMENT_LIST.sorts}
              q={query.q}
              exportPath={canExport ? '/dashboard/exports/payments' : null}
              timeZone={settings.timeZone}
              texts={texts}
            />
          </section>
        </>
      )}
    </>
  );
}
