import { DateText } from '@/components/ui/date-text';
import { Money } from '@/components/ui/money';
import type { CustomerCreditNote } from '@/lib/services/credit-notes/list-customer-credit-notes';

const WHERE: Record<CustomerCreditNote['disposition'], string> = {
  refund: 'Refunded to your payment method',
  balance: 'Added to your credit balance',
  reduce_open: 'Deducted from the invoice',
};

/**
 * Min Side: the customer's credit notes with a PDF each. Plain props: the page loads them with
 * listCustomerCreditNotes(viewer.customerId). Renders nothing when there are none, so an account
 * without credit notes shows no empty section.
 */
export function CreditNoteList({ creditNotes, timeZone }: { creditNotes: CustomerCreditNote[]; timeZone: string }) {
  if (creditNotes.length === 0) return null;
  return (
    <section className="panel" data-testid="account-credit-notes">
      <h2 style={{ marginTop: 0 }}>Credit notes</h2>
      <table>
        <thead>
          <tr>
            <th>Number</th>
            <th>Date</th>
            <th>Invoice</th>
            <th>Reason</th>
            <th className="num">Amount</th>
            <th>PDF</th>
          </tr>
        </thead>
        <tbody>
          {creditNotes.map((note) => (
            <tr key={note.id} data-testid="account-credit-note">
              <td>{note.number}</td>
              <td>
                <DateText value={note.issuedAt} timeZone={timeZone} />
              </td>
              <td>{note.invoiceNumber ?? '—'}</td>
              <td>
                {note.reason}
                <div className="muted">{WHERE[note.disposition]}</div>
              </td>
              <td className="num">
                <Money minor={note.totalMinor} currency={note.currency} />
              </td>
              <td>
                {/* A download, not a page: a plain link, so the browser saves the file. */}
                <a href={`/account/credit-notes/${note.id}/pdf`} data-testid="account-credit-note-pdf">
                  Download
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
