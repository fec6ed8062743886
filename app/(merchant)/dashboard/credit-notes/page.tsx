import type { Metadata } from 'next';
import { CreditNotesTable } from '@/components/merchant/credit-notes-table';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { listCreditNotes } from '@/lib/services/credit-notes/list-credit-notes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Credit notes' };

export default async function CreditNotesPage() {
  await requireMerchantPage('/dashboard/credit-notes', 'read');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listCreditNotes()]);
  const failed = rows.filter((row) => row.refunds.some((refund) => refund.status === 'failed')).length;
  return (
    <>
      <h1>Credit notes</h1>
      {failed > 0 && (
        <p className="alert error" role="alert">
          {failed === 1 ? 'One credit note has a refund' : `${failed} credit notes have refunds`} the payment provider refused: the money
          was not sent back. See the reasons below.
        </p>
      )}
      <section className="panel">
        <CreditNotesTable rows={rows} timeZone={settings.timeZone} />
      </section>
    </>
  );
}
