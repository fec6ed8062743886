import { Money } from '@/components/ui/money';
import type { PricedInvoice } from '@/lib/billing/pricing';

/** The lines and totals exactly as the first invoice will carry them. */
export function PricedLines({ priced, testId = 'priced-lines' }: { priced: PricedInvoice; testId?: string }) {
  const vat = priced.lines.reduce((acc, l) => acc.set(l.taxRateBp, (acc.get(l.taxRateBp) ?? 0) + l.taxMinor), new Map<number, number>());
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th>Item</th>
          <th className="num">Qty</th>
          <th className="num">Amount</th>
        </tr>
      </thead>
      <tbody>
        {priced.lines.map((line, i) => (
          <tr key={i} data-testid={`line-${line.kind}`}>
            <td>{line.description}</td>
            <td className="num">{line.quantity}</td>
            <td className="num">
              <Money minor={line.amountMinor} currency={priced.currency} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {[...vat.entries()]
          .filter(([, tax]) => tax !== 0)
          .map(([rate, tax]) => (
            <tr key={rate}>
              <td className="muted">Includes VAT {rate / 100}%</td>
              <td />
              <td className="num muted">
                <Money minor={tax} currency={priced.currency} />
              </td>
            </tr>
          ))}
        <tr>
          <td>Total to pay now</td>
          <td />
          <td className="num" data-testid="total">
            <Money minor={priced.totalMinor} currency={priced.currency} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
