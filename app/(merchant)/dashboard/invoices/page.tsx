import type { Metadata } from 'next';
import { InvoicesTable } from '@/components/dashboard/invoices-table';
import { EinvoiceExportForm } from '@/components/merchant/einvoice-export-form';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { REAL_TIME } from '@/db/queries/clock-scope';
import { listInvoices } from '@/db/queries/dashboard/list-invoices';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { parseExportMonth } from '@/lib/validations/einvoice-export';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invoices' };

export default async function InvoicesPage() {
  const viewer = await requireMerchantPage('/dashboard/invoices', 'read');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listInvoices(REAL_TIME)]);
  const lastMonth = parseExportMonth(null, { now: new Date(), timeZone: settings.timeZone });
  return (
    <>
      <h1>Invoices</h1>
      {hasPermission(viewer.role, 'exports:read') && lastMonth.ok ? (
        <section className="panel">
          <EinvoiceExportForm defaultMonth={lastMonth.month} />
        </section>
      ) : null}
      <section className="panel">
        <InvoicesTable rows={rows} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
