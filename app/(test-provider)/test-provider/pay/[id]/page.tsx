import { notFound } from 'next/navigation';
import { z } from 'zod';
import { Money } from '@/components/ui/money';
import { TestPaymentChoices } from '@/components/test-provider/test-payment-choices';
import { requireTestPayerPage, requireTestProviderMounted } from '@/lib/actions/test-provider/test-provider-access';
import { testProviderStore } from '@/lib/payments/test-provider';
import { TEST_OUTCOMES, TEST_SETUP_OUTCOMES } from '@/lib/payments/test-provider-outcomes';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Test payment' };

/**
 * The test provider's hosted page: stands where Mollie's or Stripe's checkout would be. A 404 in
 * production unless mounted; for the shop's staff and the customer the payment is for only.
 */
export default async function TestPaymentPage({ params }: { params: Promise<{ id: string }> }) {
  requireTestProviderMounted();
  const { id } = await params;
  if (!z.string().regex(/^tp_[0-9a-f]{24}$/).safeParse(id).success) notFound();
  await requireTestPayerPage(id);
  const payment = await testProviderStore.find(id);
  if (!payment) notFound();
  // A setup saves a method and moves no money: its page asks only how the saved method behaves.
  const setup = payment.kind === 'setup';
  const outcomes = setup ? TEST_SETUP_OUTCOMES : TEST_OUTCOMES;
  return (
    <div className="panel stack" style={{ maxWidth: 480, margin: '2rem auto', borderTop: '4px solid #6b21a8' }}>
      <p className="muted">Test payment provider · no real money moves</p>
      {setup ? (
        <h1 data-testid="test-setup-heading">Save a payment method ({payment.method})</h1>
      ) : (
        <h1>
          Pay <Money minor={payment.amountMinor} currency={payment.currency} />
        </h1>
      )}
      <p>{payment.description}</p>
      {payment.status === 'open' ? (
        <TestPaymentChoices
          id={payment.id}
          setup={setup}
          outcomes={Object.entries(outcomes).map(([outcome, { label }]) => ({ outcome, label }))}
        />
      ) : (
        <div className="stack" data-testid="test-payment-done">
          <p>
            This payment is <strong>{payment.status}</strong>
            {payment.failureReason ? ` (${payment.failureReason})` : ''}.
          </p>
          <a className="button" href={payment.returnUrl}>
            Return to the shop
          </a>
        </div>
      )}
    </div>
  );
}
