import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/components/dashboard/format-date';
import { dashboardTestIds } from '@/components/dashboard/test-ids';
import { AbandonedPaymentActions } from '@/components/merchant/abandoned-payment-actions';
import { merchantPaymentTestIds } from '@/components/merchant/test-ids';
import { Money } from '@/components/ui/money';
import { getDashboardSettings } from '@/db/queries/dashboard/get-dashboard-settings';
import { requireMerchantPage } from '@/lib/auth/guards';
import { hasPermission } from '@/lib/auth/permissions';
import { listAbandonedPayments } from '@/lib/services/payments/abandoned-payments';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Abandoned checkouts' };

export default async function AbandonedPaymentsPage() {
  const viewer = await requireMerchantPage('/dashboard/payments/abandoned', 'read');
  const canSettle = hasPermission(viewer.role, 'payments:write');
  const [settings, rows] = await Promise.all([getDashboardSettings(), listAbandonedPayments({ now: new Date() })]);
  return (
    <>
      <h1>Abandoned checkouts</h1>
      <p className="muted">
        Checkout payments still waiting for the provider an hour after they started: the customer left, closed the browser, or the
        provider never reported. If the money came in, mark it paid and the order is fulfilled as usual; if not, mark it not paid
        and the order is canceled. The provider is asked first either way. <Link href="/dashboard/payments">All payments</Link>
      </p>
      {hasPermission(viewer.role, 'exports:read') && rows.length > 0 ? (
        <p>
          <a className="button secondary" href="/dashboard/exports/abandoned-checkouts" data-testid={dashboardTestIds.tableExport} download>
            Download CSV
          </a>
        </p>
      ) : null}
      <section className="panel">
        {rows.length === 0 ? (
          <p className="muted">No abandoned checkouts.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Started</th>
                <th>Customer</th>
                <th>Method</th>
                <th>Order</th>
                <th className="num">Amount</th>
                {canSettle ? <th /> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.paymentId} data-testid={merchantPaymentTestIds.abandonedRow}>
                  <td>{formatDate(row.createdAt, settings.timeZone, { time: true })}</td>
                  <td>
                    {row.customerName}
                    <div className="muted">{row.customerEmail}</div>
                  </td>
                  <td>
                    {row.method.replaceAll('_', ' ')}
                    <div className="muted">
                      {row.provider} {row.providerPaymentId ?? ''}
                    </div>
                  </td>
                  <td>
                    {row.orderId.slice(0, 8)}
                    {row.attempt > 1 && <div className="muted">attempt {row.attempt}</div>}
                  </td>
                  <td className="num">
                    <Money minor={row.amountMinor} currency={row.currency} />
                  </td>
                  {canSettle ? (
                    <td>
                      <AbandonedPaymentActions paymentId={row.paymentId} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
