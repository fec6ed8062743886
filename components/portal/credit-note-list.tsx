import { CreditNotesTable } from '@/components/invoices/credit-notes-table';
import type { CustomerCreditNote } from '@/lib/services/credit-notes/list-customer-credit-notes';

const WHERE: Record<CustomerCreditNote['disposition'], string> = {
  refund: 'Refunded to your payment method',
  balance: 'Added to your credit balance',
  reduce_open: 'Deducted from the invoice',
};

/**
 * Min Side: the customer's credit notes with a PDF and an e-invoice (EHF) each. Plain props: the page loads them with
 * listCustomerCreditNotes(viewer.customerId). Renders nothing when there are none, so an account
 * without credit notes shows no empty section.
 */
export function CreditNoteList({ creditNotes, timeZone }: { creditNotes: CustomerCreditNote[]; timeZone: string }) {
  if (creditNotes.length === 0) return null;
  return (
    <section className="panel" data-testid="account-credit-notes">
      <h2 style={{ marginTop: 0 }}>Credit notes</h2>
      <CreditNotesTable
        creditNotes={creditNotes.map((note) => ({ ...note, detail: WHERE[note.disposition], pdfHref: `/account/credit-notes/${note.id}/pdf` }))}
        timeZone={timeZone}
        audience="customer"
        showInvoice
        testIds={{ row: 'account-credit-note', pdf: 'account-credit-note-pdf', ehf: 'account-credit-note-ehf' }}
      />
    </section>
  );
}
