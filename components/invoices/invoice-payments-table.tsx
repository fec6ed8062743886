import { StatusBadge } from '@/components/dashboard/status-badge';
import { Money } from '@/components/ui/money';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentPayment } from './invoice-document-types';
import { invoiceTestIds } from './test-ids';

type Props = { payments: InvoiceDocumentPayment[]; timeZone: string; audience: InvoiceAudience };

/** Every payment attempt on the invoice, oldest first; staff also see where it came from and their notes. */
export function InvoicePaymentsTable({ payments, timeZone, audience }: Props) {
  const staff = audience === 'merchant';
  if (payments.length === 0) return <p className="muted">No payments yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th>Date</th>
          {staff && <th>Source</th>}
          <th>Method</th>
          <th>Status</th>
          <th className="num">Amount</th>
          {staff && <th>Reference and note</th>}
        </tr>
      </thead>
      <tbody>
        {payments.map((payment) => (
          <tr key={payment.id} data-testid={invoiceTestIds.paymentRow}>
            <td>
              <InvoiceDate value={payment.date} timeZone={timeZone} audience={audience} />
            </td>
            {staff && <td>{payment.source}</td>}
            <td>{payment.method}</td>
            <td>
              <StatusBadge status={payment.status} />
            </td>
            <td className="num">
              <Money minor={payment.amountMinor} currency={payment.currency} />
            </td>
            {staff && (
              <td>
                {payment.reference ?? ''}
                {payment.notes?.map((note) => (
                  <div key={note} className="muted">
                    {note}
                  </div>
                ))}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
