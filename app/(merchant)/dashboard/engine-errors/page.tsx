import type { Metadata } from 'next';
import { EngineErrorsTable } from '@/components/dashboard/engine-errors-table';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { ENGINE_ERROR_LIST, listEngineErrors } from '@/db/queries/dashboard/list-engine-errors';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.engineErrors')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function EngineErrorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/engine-errors', 'read');
  const { query, problem } = parseListQuery(await searchParams, ENGINE_ERROR_LIST);
  const [settings, page, locale] = await Promise.all([getDashboardSettings(), listEngineErrors(REAL_TIME, query), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.lists.engineErrors');
  const texts = getListTexts(locale, 'engineErrors');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
      <section className="panel">
        <EngineErrorsTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={ENGINE_ERROR_LIST.sorts}
          q={query.q}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/engine-errors' : null}
          timeZone={settings.timeZone}
          texts={texts}
        />
      </section>
    </>
  );
}
