import Link from 'next/link';
import type { InvoiceListRow } from '@/db/queries/dashboard/list-invoices';
import { formatMoney } from '@/lib/billing/money';
import { formatDate } from './format-date';
import { StatusBadge } from './status-badge';
import { dashboardTestIds } from './test-ids';

/** The few newest invoices on the overview, with a way to all of them. */
export function LatestInvoices({ rows, timeZone }: { rows: InvoiceListRow[]; timeZone: string }) {
  return (
    <section className="panel" data-testid={dashboardTestIds.latestInvoices} aria-label="Latest invoices">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 style={{ margin: 0 }}>Latest invoices</h2>
        <Link href="/dashboard/invoices">All invoices</Link>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No invoices yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Number</th>
              <th>Customer</th>
              <th>Issued</th>
              <th>Status</th>
              <th className="num">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((invoice) => (
              <tr key={invoice.id} data-testid={dashboardTestIds.latestInvoiceRow}>
                <td>{invoice.number ?? <span className="muted">draft</span>}</td>
                <td>{invoice.customerName}</td>
                <td>{formatDate(invoice.issuedAt, timeZone)}</td>
                <td>
                  <StatusBadge status={invoice.status} />
                </td>
                <td className="num">{formatMoney(invoice.totalMinor, invoice.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
