import type { Metadata } from 'next';
import Link from 'next/link';
import { getSubscriberListTexts } from '@/components/dashboard/subscriber-list-texts';
import { SubscribersTable } from '@/components/dashboard/subscribers-table';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ENDING_SOON_DAYS, listSubscribers, SUBSCRIBER_LIST } from '@/db/queries/dashboard/list-subscribers';
import { getStorefrontSettings } from '@/db/queries/settings/get-storefront-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.subscribers')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function SubscribersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/subscribers', 'read');
  const { query, problem } = parseListQuery(await searchParams, SUBSCRIBER_LIST);
  const [settings, page, storefront, locale] = await Promise.all([
    getDashboardSettings(),
    listSubscribers(REAL_TIME, query),
    getStorefrontSettings(),
    getPageLocale(),
  ]);
  const t = getTranslator(locale, 'dashboard.lists.subscribers');
  const texts = getSubscriberListTexts(locale);
  const ending = query.filters.view === 'ending';
  return (
    <>
      <h1>{ending ? t('titleEnding') : t('title')}</h1>
      <p className="muted">
        {ending ? (
          <>
            {t('introEnding', { days: String(ENDING_SOON_DAYS) })} <Link href="/dashboard/subscribers">{t('allLink')}</Link>
          </>
        ) : (
          <>
            {t('intro')} <Link href="/dashboard/subscribers?view=ending&sort=endsAt">{t('endingLink', { days: String(ENDING_SOON_DAYS) })}</Link>
          </>
        )}
      </p>
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
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
              label: t('statusFilter'),
              options: (SUBSCRIBER_LIST.filters?.status ?? []).map((status) => ({ value: status, label: texts.statuses[status] ?? status })),
            },
          ]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/subscribers' : null}
          timeZone={settings.timeZone}
          canStop={hasPermission(viewer.role, 'subscriptions:write')}
          maxPauseTerms={storefront.maxPauseTerms}
          texts={texts}
        />
      </section>
    </>
  );
}
