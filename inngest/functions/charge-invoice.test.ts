import { InngestTestEngine } from '@inngest/test';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { payments } from '@/db/schema';
import { testProvider } from '@/lib/payments/test-provider';
import { cycleStepMocks, sentEvents, simulatedSubscription, termInvoice } from '../testing/billing-fixtures';
import { billingCycleFunction } from './billing-cycle';
import { chargeInvoiceFunction } from './charge-invoice';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const charge = (paymentId: string) =>
  new InngestTestEngine({ function: chargeInvoiceFunction, events: [{ name: 'billing/charge.requested', data: { paymentId } }] });

async function paymentRow(id: string) {
  return (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
}

describe('charge-invoice', () => {
  test('is triggered by billing/charge.requested and retries 3 times', () => {
    expect(chargeInvoiceFunction.id()).toBe('charge-invoice');
    expect(chargeInvoiceFunction.opts.triggers).toEqual([expect.objectContaining({ event: 'billing/charge.requested' })]);
    expect(chargeInvoiceFunction.opts.retries).toBe(3);
  });

  test('takes over a charge the provider failed at issue: a failing attempt throws (Inngest retries), the next one charges once', async () => {
    const { subscription } = await simulatedSubscription({ plan: 'trendhouse-monthly', start: '2026-05-15T08:00:00Z', autopay: true });
    const chargeMandate = vi.spyOn(testProvider, 'chargeMandate');
    chargeMandate.mockRejectedValueOnce(new Error('provider timeout')); // at issue, inside runRenewalStep

    let requested: string | undefined;
    const mocks = cycleStepMocks({
      // Before the first reminder is due, charge-invoice has run for the requested charge.
      'wait-paid-remind-1': async () => {
        const [event] = sentEvents(mocks);
        requested = event!.data.paymentId as string;
        chargeMandate.mockRejectedValueOnce(new Error('provider timeout'));
        const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // the SDK logs the step error
        const failed = await charge(requested).execute();
        quiet.mockRestore();
        expect(failed.error).toMatchObject({ message: 'provider timeout' });
        expect(await paymentRow(requested)).toMatchObject({ status: 'pending', providerPaymentId: null });
        const retried = await charge(requested).execute();
        expect(retried.result).toEqual({ status: 'paid', reason: null, retry: null });
        const invoice = (await termInvoice(subscription.id, 1))!;
        return { name: 'billing/invoice.paid', data: { invoiceId: invoice.id, subscriptionId: subscription.id }, id: 'evt-paid', ts: 0 };
      },
    });

    const { result } = await new InngestTestEngine({
      function: billingCycleFunction,
      events: [{ name: 'billing/term.due', data: { subscriptionId: subscription.id, term: 1 } }],
      transformCtx: mocks.transformCtx,
    }).execute();

    expect(result).toMatchObject({ renewals: ['announce', 'invoice', 'issue'], dunning: [], paid: true });
    expect(sentEvents(mocks)).toEqual([{ name: 'billing/charge.requested', data: { paymentId: requested }, id: `charge:${requested}` }]);
    expect(await paymentRow(requested!)).toMatchObject({ status: 'paid', attempt: 1 });
    expect(await termInvoice(subscription.id, 1)).toMatchObject({ status: 'paid' });

    // A replayed request finds the payment settled and charges nothing.
    const replay = await charge(requested!).execute();
    expect(replay.result).toEqual({ status: 'skipped', reason: null, retry: null });
    expect(chargeMandate).toHaveBeenCalledTimes(3);
  });
});
