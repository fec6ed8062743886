import { Money } from '@/components/ui/money';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentCreditNote } from './invoice-document-types';
import { invoiceTestIds } from './test-ids';

type Props = { creditNotes: InvoiceDocumentCreditNote[]; timeZone: string; audience: InvoiceAudience };

/** The credit notes issued against the invoice, each with its PDF. */
export function InvoiceCreditNotesTable({ creditNotes, timeZone, audience }: Props) {
  return (
    <table>
      <thead>
        <tr>
          <th>Number</th>
          <th>Date</th>
          <th>Reason</th>
          <th className="num">Amount</th>
          <th>PDF</th>
        </tr>
      </thead>
      <tbody>
        {creditNotes.map((note) => (
          <tr key={note.id} data-testid={invoiceTestIds.creditNoteRow}>
            <td>{note.number}</td>
            <td>
              <InvoiceDate value={note.issuedAt} timeZone={timeZone} audience={audience} />
            </td>
            <td>{note.reason}</td>
            <td className="num">
              <Money minor={note.totalMinor} currency={note.currency} />
            </td>
            <td>
              {/* A download, not a page: a plain link, so the browser saves the file. */}
              <a href={note.pdfHref}>Download</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
