import type { Metadata } from 'next';
import Link from 'next/link';
import { CreditNotesTable } from '@/components/merchant/credit-notes-table';
import { ListNotice } from '@/components/tables/list-notice';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { countCreditNotesWithFailedRefunds, CREDIT_NOTE_LIST, listCreditNotesPage } from '@/db/queries/dashboard/list-credit-notes-page';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseListQuery } from '@/lib/validations/list-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Credit notes' };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function CreditNotesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireMerchantPage('/dashboard/credit-notes', 'read');
  const { query, error } = parseListQuery(await searchParams, CREDIT_NOTE_LIST);
  const [settings, page, failed] = await Promise.all([
    getDashboardSettings(),
    listCreditNotesPage(REAL_TIME, query),
    countCreditNotesWithFailedRefunds(REAL_TIME),
  ]);
  return (
    <>
      <h1>Credit notes</h1>
      {failed > 0 && (
        <p className="alert error" role="alert">
          {failed === 1 ? 'One credit note has a refund' : `${failed} credit notes have refunds`} the payment provider refused: the money
          was not sent back. <Link href="/dashboard/credit-notes?refunds=failed">See them with the reasons.</Link>
        </p>
      )}
      <ListNotice messages={[error, page.cursorError]} />
      <section className="panel">
        <CreditNotesTable
          rows={page.rows}
          paging={page}
          sort={query.sort}
          sortable={CREDIT_NOTE_LIST.sorts}
          q={query.q}
          filters={[{ name: 'refunds', label: 'Refunds', options: [{ value: 'failed', label: 'failed' }] }]}
          filterValues={query.filters}
          exportPath={hasPermission(viewer.role, 'exports:read') ? '/dashboard/exports/credit-notes' : null}
          timeZone={settings.timeZone}
        />
      </section>
    </>
  );
}
