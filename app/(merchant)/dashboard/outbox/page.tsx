import type { Metadata } from 'next';
import { OutboxTable } from '@/components/dashboard/outbox-table';
import { ListNotice } from '@/components/tables/list-notice';
import { listNoticeTexts } from '@/components/tables/list-notice-texts';
import { getListTexts } from '@/components/tables/table-texts';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listOutboxEmails, OUTBOX_LIST } from '@/db/queries/dashboard/list-outbox-emails';
import { requireMerchantPage } from '@/lib/auth/guards';
import { getPageLocale } from '@/lib/auth/page-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getPageLocale(), 'dashboard.lists.outbox')('title') };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/outbox', 'read');
  const { query, problem } = parseListQuery(await searchParams, OUTBOX_LIST);
  const [settings, page, locale] = await Promise.all([getDashboardSettings(), listOutboxEmails(query), getPageLocale()]);
  const t = getTranslator(locale, 'dashboard.lists.outbox');
  const texts = getListTexts(locale, 'outbox');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <ListNotice messages={listNoticeTexts(locale, problem, page.cursorError)} />
      <section className="panel">
        <OutboxTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={OUTBOX_LIST.sorts}
          q={query.q}
          filters={[{ name: 'status', label: t('statusFilter'), options: (OUTBOX_LIST.filters?.status ?? []).map((s) => ({ value: s, label: texts.statuses[s] ?? s })) }]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/outbox' : null}
          timeZone={settings.timeZone}
          texts={texts}
        />
      </section>
    </>
  );
}
