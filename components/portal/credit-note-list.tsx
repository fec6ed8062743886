import { CreditNotesTable } from '@/components/invoices/credit-notes-table';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import type { CustomerCreditNote } from '@/lib/services/credit-notes/list-customer-credit-notes';

/**
 * Min Side: the customer's credit notes with a PDF and an e-invoice (EHF) each. Plain props: the page loads them with
 * listCustomerCreditNotes(viewer.customerId). Renders nothing when there are none, so an account
 * without credit notes shows no empty section.
 */
export function CreditNoteList({ creditNotes, timeZone, locale = 'en' }: { creditNotes: CustomerCreditNote[]; timeZone: string; locale?: Locale }) {
  if (creditNotes.length === 0) return null;
  const t = getTranslator(locale, 'portal.creditNotes');
  return (
    <section className="panel" data-testid="account-credit-notes">
      <h2 style={{ marginTop: 0 }}>{t('title')}</h2>
      <CreditNotesTable
        creditNotes={creditNotes.map((note) => ({ ...note, detail: t(note.disposition), pdfHref: `/account/credit-notes/${note.id}/pdf` }))}
        timeZone={timeZone}
        audience="customer"
        locale={locale}
        showInvoice
        testIds={{ row: 'account-credit-note', pdf: 'account-credit-note-pdf', ehf: 'account-credit-note-ehf' }}
      />
    </section>
  );
}
