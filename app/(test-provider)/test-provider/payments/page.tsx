import { TestPaymentEventForm } from '@/components/test-provider/test-payment-event-form';
import { Money } from '@/components/ui/money';
import { requireTestProviderStaffPage } from '@/lib/actions/test-provider/test-provider-access';
import { testProviderStore } from '@/lib/payments/test-provider';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Test provider payments' };

/**
 * The test provider's own dashboard (what Mollie's or Stripe's test mode shows): its latest
 * payments, and the events a merchant can trigger to see the shop react: settle or fail a
 * pending payment, charge back a paid one. Each sends the shop a signed webhook. It acts on
 * anybody's payment: the shop's staff only, and a 404 in production unless mounted.
 */
export default async function TestProviderPaymentsPage() {
  await requireTestProviderStaffPage('/test-provider/payments');
  const rows = await testProviderStore.listLatest(100);
  return (
    <div className="panel stack" style={{ maxWidth: 1000, margin: '2rem auto', borderTop: '4px solid #6b21a8' }}>
      <p className="muted">Test payment provider · no real money moves</p>
      <h1>Payments</h1>
      <table data-testid="test-provider-payments">
        <thead>
          <tr>
            <th>Id</th>
            <th>Kind</th>
            <th>Description</th>
            <th className="num">Amount</th>
            <th>Status</th>
            <th>Events</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const events = row.status === 'pending' || row.status === 'open' ? (['settle', 'fail'] as const) : row.status === 'paid' && row.kind !== 'refund' && row.kind !== 'setup' ? (['charge-back'] as const) : [];
            return (
              <tr key={row.id} data-testid={`test-payment-${row.id}`}>
                <td>
                  <code>{row.id}</code>
                </td>
                <td>{row.kind}</td>
                <td>{row.description}</td>
                <td className="num">
                  <Money minor={row.amountMinor} currency={row.currency} />
                </td>
                <td>
                  {row.status}
                  {row.failureReason ? ` (${row.failureReason})` : ''}
                </td>
                <td>{events.length > 0 && <TestPaymentEventForm id={row.id} events={[...events]} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
