import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/dashboard/status-badge';
import { PostalAddressText } from '@/components/ui/postal-address';
import { CreditNotesTable } from './credit-notes-table';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentData } from './invoice-document-types';
import { InvoiceLinesTable } from './invoice-lines-table';
import { InvoicePaymentsTable } from './invoice-payments-table';
import { invoiceTestIds } from './test-ids';

type Props = {
  invoice: InvoiceDocumentData;
  timeZone: string;
  audience: InvoiceAudience;
  /** What the page adds under the bill-to block (the merchant's view of the customer). */
  aside?: ReactNode;
  /** Where the issued invoice can be downloaded: its PDF, its e-invoice (EHF / Peppol BIS 3.0 XML). */
  downloads?: { pdf?: string; einvoice?: string };
};

/**
 * One invoice as a document, the same on the merchant's dashboard and in Min Side: who it is to,
 * its dates and payment reference, the lines with VAT and the totals, the payments on it and the
 * credit notes against it. Each page puts its own actions around it (pay, register, credit).
 */
export function InvoiceDocument({ invoice, timeZone, audience, aside, downloads }: Props) {
  const date = (value: Date | null) => <InvoiceDate value={value} timeZone={timeZone} audience={audience} />;
  return (
    <>
      <h1>
        Invoice <span data-testid={invoiceTestIds.number}>{invoice.number ?? '(draft)'}</span>{' '}
        <StatusBadge status={invoice.status} testId={invoiceTestIds.status} />
      </h1>
      <section className="panel stack" aria-label="Invoice">
        <div className="grid">
          <div>
            {invoice.billTo && <PostalAddressText address={invoice.billTo} />}
            {aside}
          </div>
          <table>
            <tbody>
              <tr>
                <th>Issued</th>
                <td>{date(invoice.issuedAt)}</td>
              </tr>
              <tr>
                <th>Due</th>
                <td>{date(invoice.dueAt)}</td>
              </tr>
              {invoice.paidAt && (
                <tr>
                  <th>Paid</th>
                  <td>{date(invoice.paidAt)}</td>
                </tr>
              )}
              <tr>
                <th>Payment reference</th>
                <td data-testid={invoiceTestIds.paymentReference}>{invoice.paymentReference ?? '—'}</td>
              </tr>
              {invoice.number && (downloads?.pdf || downloads?.einvoice) && (
                <tr>
                  <th>Download</th>
                  <td className="row" style={{ gap: '0.75rem' }}>
                    {downloads.pdf && <a href={downloads.pdf}>PDF</a>}
                    {downloads.einvoice && (
                      <a href={downloads.einvoice} data-testid={invoiceTestIds.einvoice}>
                        E-invoice (EHF / Peppol XML)
                      </a>
                    )}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
        <InvoiceLinesTable invoice={invoice} timeZone={timeZone} audience={audience} />
      </section>
      <section className="panel" aria-label="Payments">
        <h2>Payments</h2>
        <InvoicePaymentsTable payments={invoice.payments} timeZone={timeZone} audience={audience} />
      </section>
      {invoice.creditNotes.length > 0 && (
        <section className="panel" aria-label="Credit notes">
          <h2>Credit notes</h2>
          <CreditNotesTable creditNotes={invoice.creditNotes} timeZone={timeZone} audience={audience} testIds={{ row: invoiceTestIds.creditNoteRow }} />
        </section>
      )}
    </>
  );
}
