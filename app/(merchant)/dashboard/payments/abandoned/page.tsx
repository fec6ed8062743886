import type { Metadata } from 'next';
import Link from 'next/link';
import { AbandonedCheckoutsTable } from '@/components/merchant/abandoned-checkouts-table';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ABANDONED_CHECKOUT_LIST, listAbandonedCheckouts } from '@/db/queries/dashboard/list-abandoned-checkouts';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.abandoned')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AbandonedPaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/payments/abandoned', 'read');
  const { query, problem } = parseListQuery(await searchParams, ABANDONED_CHECKOUT_LIST);
  const [settings, page, locale] = await Promise.all([
    getDashboardSettings(),
    listAbandonedCheckouts(REAL_TIME, query, new Date()),
    getPageLocale(),
  ]);
  const t = getTranslator(locale, 'dashboard.lists.abandoned');
  const texts = getListTexts(locale, 'abandoned');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t('intro')} <Link href="/dashboard/payments">{t('allLink')}</Link>
      </p>
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
      <section className="panel">
        <AbandonedCheckoutsTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={ABANDONED_CHECKOUT_LIST.sorts}
          q={query.q}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/abandoned-checkouts' : null}
          timeZone={settings.timeZone}
          texts={texts}
          canSettle={hasPermission(viewer.role, 'payments:write')}
        />
      </section>
    </>
  );
}
