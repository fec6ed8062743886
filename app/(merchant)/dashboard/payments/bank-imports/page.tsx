import type { Metadata } from 'next';
import Link from 'next/link';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { listBankImports } from '@/lib/services/payments/bank-import/list-bank-imports';
import { BankImportForm } from './bank-import-form';
import { BankImportsTable } from './bank-imports-table';
import { getTableTexts } from '@/components/tables/table-texts';
import { getPageLocale } from '@/lib/auth/page-locale';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Bank imports' };

export default async function BankImportsPage() {
  const viewer = await requireMerchantPage('/dashboard/payments/bank-imports', 'read');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listBankImports()]);
  const waiting = rows.reduce((sum, row) => sum + row.unmatched, 0);
  return (
    <>
      <h1>Bank imports</h1>
      {hasPermission(viewer.role, 'payments:write') ? (
        <section className="panel stack" aria-label="Import a bank file">
          <h2>Import a bank file</h2>
          <p className="muted">
            Payments whose reference names an open invoice are booked at once; reversals reopen the invoice they took money
            from. Everything else waits in the <Link href="/dashboard/payments/unmatched">unmatched queue</Link>. A file
            imported before, or an entry an earlier file already held, is never booked twice.
          </p>
          <BankImportForm />
        </section>
      ) : null}
      <section className="panel" aria-label="Imported files">
        <h2>Imported files</h2>
        {waiting > 0 ? (
          <p>
            <Link href="/dashboard/payments/unmatched">{waiting === 1 ? '1 transaction waits' : `${waiting} transactions wait`} to be matched by hand →</Link>
          </p>
        ) : null}
        <BankImportsTable rows={rows} timeZone={settings.timeZone} texts={getTableTexts(await getPageLocale())} />
      </section>
    </>
  );
}
