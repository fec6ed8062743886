import type { Metadata } from 'next';
import { OutboxTable } from '@/components/dashboard/outbox-table';
import { ListNotice } from '@/components/tables/list-notice';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listOutboxEmails, OUTBOX_LIST } from '@/db/queries/dashboard/list-outbox-emails';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/outbox', 'read');
  const { query, error } = parseListQuery(await searchParams, OUTBOX_LIST);
  const [settings, page] = await Promise.all([getDashboardSettings(), listOutboxEmails(query)]);
  return (
    <>
      <h1>Outbox</h1>
      <p className="muted">Every e-mail the shop sent or stored, newest first.</p>
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <OutboxTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={OUTBOX_LIST.sorts}
          q={query.q}
          filters={[{ name: 'status', label: 'Status', options: (OUTBOX_LIST.filters?.status ?? []).map((s) => ({ value: s, label: s })) }]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/outbox' : null}
          timeZone={settings.timeZone}
        />
      </section>
    </>
  );
}
