import type { Metadata } from 'next';
import { OutboxTable } from '@/components/dashboard/outbox-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { listOutboxEmails, OUTBOX_PAGE_SIZE } from '@/db/queries/dashboard/list-outbox-emails';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Outbox' };

export default async function OutboxPage() {
  await requireMerchantPage('/dashboard/outbox', 'read');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listOutboxEmails()]);
  return (
    <>
      <h1>Outbox</h1>
      <p className="muted">
        Every e-mail the shop sent or stored, newest first
        {rows.length === OUTBOX_PAGE_SIZE ? ` (the latest ${OUTBOX_PAGE_SIZE})` : ''}.
      </p>
      <section className="panel">
        <OutboxTable rows={rows} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
