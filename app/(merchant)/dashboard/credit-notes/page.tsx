import type { Metadata } from 'next';
import Link from 'next/link';
import { CreditNotesTable } from '@/components/merchant/credit-notes-table';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { countCreditNotesWithFailedRefunds, CREDIT_NOTE_LIST, listCreditNotesPage } from '@/db/queries/dashboard/list-credit-notes-page';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.creditNotes')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function CreditNotesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/credit-notes', 'read');
  const { query, problem } = parseListQuery(await searchParams, CREDIT_NOTE_LIST);
  const [settings, page, failed, locale] = await Promise.all([
    getDashboardSettings(),
    listCreditNotesPage(REAL_TIME, query),
    countCreditNotesWithFailedRefunds(REAL_TIME),
    getPageLocale(),
  ]);
  const t = getTranslator(locale, 'dashboard.lists.creditNotes');
  const texts = getListTexts(locale, 'creditNotes');
  return (
    <>
      <h1>{t('title')}</h1>
      {failed > 0 && (
        <p className="alert error" role="alert">
          {t('refused', { count: failed })} <Link href="/dashboard/credit-notes?refunds=failed">{t('seeRefused')}</Link>
        </p>
      )}
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
      <section className="panel">
        <CreditNotesTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={CREDIT_NOTE_LIST.sorts}
          q={query.q}
          filters={[{ name: 'refunds', label: t('refundsFilter'), options: [{ value: 'failed', label: t('failedOption') }] }]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/credit-notes' : null}
          timeZone={settings.timeZone}
          texts={texts}
        />
      </section>
    </>
  );
}
