import { Money } from '@/components/ui/money';
import type { Locale } from '@/lib/i18n/locales';
import { getTranslator } from '@/lib/i18n/translator';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentCreditNote } from './invoice-document-types';

export type CreditNoteRow = InvoiceDocumentCreditNote & {
  /** The credited invoice's number, for a list across invoices. */
  invoiceNumber?: string | null;
  /** A line under the reason, e.g. where the money went. */
  detail?: string;
};

type Props = {
  creditNotes: CreditNoteRow[];
  timeZone: string;
  audience: InvoiceAudience;
  /** Add a column with each note's invoice (a list across invoices). */
  showInvoice?: boolean;
  testIds?: { row?: string; pdf?: string; ehf?: string };
  /** The reader's language (Min Side); the dashboard reads English. */
  locale?: Locale;
};

/** Each audience serves a note's PDF at `<note>/pdf` and its e-invoice (EHF XML) beside it at `<note>/ehf`. */
const ehfHrefOf = (pdfHref: string) => pdfHref.replace(/\/pdf$/, '/ehf');

/** Credit notes, each with its PDF and e-invoice: under one invoice, or all of a customer's. */
export function CreditNotesTable({ creditNotes, timeZone, audience, showInvoice = false, testIds = {}, locale = 'en' }: Props) {
  const t = getTranslator(locale, 'invoiceDocument');
  return (
    <table>
      <thead>
        <tr>
          <th>{t('columns.number')}</th>
          <th>{t('columns.date')}</th>
          {showInvoice && <th>{t('columns.invoice')}</th>}
          <th>{t('columns.reason')}</th>
          <th className="num">{t('columns.amount')}</th>
          <th>{t('columns.download')}</th>
        </tr>
      </thead>
      <tbody>
        {creditNotes.map((note) => (
          <tr key={note.id} data-testid={testIds.row}>
            <td>{note.number}</td>
            <td>
              <InvoiceDate value={note.issuedAt} timeZone={timeZone} audience={audience} locale={locale} />
            </td>
            {showInvoice && <td>{note.invoiceNumber ?? '—'}</td>}
            <td>
              {note.reason}
              {note.detail && <div className="muted">{note.detail}</div>}
            </td>
            <td className="num">
              <Money minor={note.totalMinor} currency={note.currency} locale={locale} />
            </td>
            <td>
              {/* A download, not a page: a plain link, so the browser saves the file. */}
              <a href={note.pdfHref} data-testid={testIds.pdf}>
                PDF
              </a>{' '}
              ·{' '}
              <a href={ehfHrefOf(note.pdfHref)} data-testid={testIds.ehf} title={t('einvoiceTitle')}>
                EHF
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
