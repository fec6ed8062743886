import { Money } from '@/components/ui/money';
import { InvoiceDate } from './invoice-date';
import type { InvoiceAudience, InvoiceDocumentData } from './invoice-document-types';
import { invoiceTestIds } from './test-ids';

type Props = { invoice: InvoiceDocumentData; timeZone: string; audience: InvoiceAudience };

function TotalRow({ label, minor, currency, testId, strong }: { label: string; minor: number; currency: string; testId?: string; strong?: boolean }) {
  const amount = <Money minor={minor} currency={currency} />;
  return (
    <tr>
      <td colSpan={4}>{strong ? <strong>{label}</strong> : label}</td>
      <td className="num" data-testid={testId}>
        {strong ? <strong>{amount}</strong> : amount}
      </td>
    </tr>
  );
}

/** The invoice's lines with their VAT rate, then subtotal, VAT, total, what was paid and credited, and what is still due. */
export function InvoiceLinesTable({ invoice, timeZone, audience }: Props) {
  const { currency } = invoice;
  return (
    <table data-testid={invoiceTestIds.lines}>
      <thead>
        <tr>
          <th>Description</th>
          <th className="num">Qty</th>
          <th className="num">Unit</th>
          <th className="num">VAT</th>
          <th className="num">Amount</th>
        </tr>
      </thead>
      <tbody>
        {invoice.lines.map((line) => (
          <tr key={line.id} data-testid={`${invoiceTestIds.linePrefix}${line.kind}`}>
            <td>
              {line.description}
              {line.periodStart && line.periodEnd && (
                <div className="muted">
                  <InvoiceDate value={line.periodStart} timeZone={timeZone} audience={audience} /> –{' '}
                  <InvoiceDate value={line.periodEnd} timeZone={timeZone} audience={audience} />
                </div>
              )}
            </td>
            <td className="num">{line.quantity}</td>
            <td className="num">
              <Money minor={line.unitAmountMinor} currency={currency} />
            </td>
            <td className="num">{line.taxRateBp / 100}%</td>
            <td className="num">
              <Money minor={line.amountMinor} currency={currency} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <TotalRow label="Subtotal excl. VAT" minor={invoice.subtotalMinor} currency={currency} />
        <TotalRow label="VAT" minor={invoice.taxMinor} currency={currency} />
        <TotalRow label="Total" minor={invoice.totalMinor} currency={currency} testId={invoiceTestIds.total} />
        <TotalRow label="Paid" minor={invoice.amountPaidMinor} currency={currency} />
        {invoice.creditedMinor > 0 && <TotalRow label="Credited" minor={invoice.creditedMinor} currency={currency} />}
        <TotalRow label="Balance due" minor={invoice.openMinor} currency={currency} testId={invoiceTestIds.openAmount} strong />
      </tfoot>
    </table>
  );
}
