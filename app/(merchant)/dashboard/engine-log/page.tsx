import type { Metadata } from 'next';
import Link from 'next/link';
import { EngineLogTable } from '@/components/dashboard/engine-log-table';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ENGINE_LOG_ACTIONS, ENGINE_LOG_LIST, listEngineLog } from '@/db/queries/dashboard/list-engine-log';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { subscriptionStatuses } from '@/lib/billing/lifecycle';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.engineLog')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function EngineLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/engine-log', 'read');
  const { query, problem } = parseListQuery(await searchParams, ENGINE_LOG_LIST);
  const [settings, page, locale] = await Promise.all([getDashboardSettings(), listEngineLog(REAL_TIME, query), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.lists.engineLog');
  const texts = getListTexts(locale, 'engineLog');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">
        {t.rich('intro', { errors: (chunks) => <Link href="/dashboard/engine-errors">{chunks}</Link> })}
      </p>
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
      <section className="panel">
        <EngineLogTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={ENGINE_LOG_LIST.sorts}
          q={query.q}
          filters={[
            { name: 'action', label: t('stepFilter'), options: ENGINE_LOG_ACTIONS.map((action) => ({ value: action, label: action })) },
            { name: 'status', label: t('statusFilter'), options: subscriptionStatuses.map((status) => ({ value: status, label: texts.statuses[status] ?? status })) },
          ]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/engine-log' : null}
          timeZone={settings.timeZone}
          texts={texts}
        />
      </section>
    </>
  );
}
