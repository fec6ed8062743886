import type { Metadata } from 'next';
import { InvoicesTable } from '@/components/dashboard/invoices-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { listInvoices } from '@/db/queries/dashboard/list-invoices';
import { requireMerchantPage } from '@/lib/auth/guards';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoices' };

export default async function InvoicesPage() {
  await requireMerchantPage('/dashboard/invoices', 'read');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listInvoices(REAL_TIME)]);
  return (
    <>
      <h1>Invoices</h1>
      <section className="panel">
        <InvoicesTable rows={rows} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
