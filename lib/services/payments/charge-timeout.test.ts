import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { invoices, paymentMethods, payments } from '@/db/schema';
import { runCharge } from '@/lib/services/billing/run-charge';
import { createFakeProvider, fakeProviderSlot } from '@/test/support/fake-provider';
import { balanceIn, createPayableInvoice, invoiceRow, paymentsOf } from './payment-test-fixtures';

// The provider is the edge faked here: autopay charges go to `fake` (PaymentProvider in memory).
vi.mock('@/lib/payments/providers', async (real) => (await import('@/test/support/fake-provider')).providersWithFake(await real()));
const current = fakeProviderSlot;
afterEach(() => {
  current.provider = null;
});

/** An open invoice of a customer with a card on file at the fake provider, and its autopay attempt. */
async function autopayAttempt(values: Partial<typeof payments.$inferInsert> = {}) {
  const fake = createFakeProvider();
  current.provider = fake.provider;
  const { customer, invoice } = await createPayableInvoice();
  await db.insert(paymentMethods).values({
    customerId: customer.id,
    provider: 'fake',
    type: 'card',
    label: 'Visa •••• 4242',
    mandateRef: `fm_${customer.id}`,
    isDefault: true,
  });
  const [attempt] = await db
    .insert(payments)
    .values({
      customerId: customer.id,
      invoiceId: invoice.id,
      provider: 'fake',
      method: 'card',
      amountMinor: invoice.totalMinor,
      currency: invoice.currency,
      source: 'autopay',
      ...values,
    })
    .returning();
  return { fake, customer, invoice, attempt: attempt! };
}

describe('a charge whose answer never came is asked of the provider before anything else', () => {
  test('a charge taken and then timed out is recorded as paid, never charged a second time', async () => {
    const { fake, invoice, attempt } = await autopayAttempt();
    // The provider takes the charge, does not answer in time, and (like an expired idempotency
    // key) would take a repeated request as a new charge.
    fake.chargeTimeouts = 1;
    fake.forgetChargeKeys = true;

    for (let run = 0; run < 2; run += 1) {
      await runCharge(attempt.id, new Date()).catch(() => undefined);
    }

    expect(fake.payments.size).toBe(1);
    expect(fake.chargeCalls).toHaveLength(1);
    expect((await paymentsOf(invoice.id)).map((p) => [p.id, p.status])).toEqual([[attempt.id, 'paid']]);
    expect((await invoiceRow(invoice.id)).status).toBe('paid');
  });

  test('an attempt cut off at the provider is not canceled when the invoice was paid meanwhile: the money taken is recorded and credited', async () => {
    const { fake, customer, invoice, attempt } = await autopayAttempt({ providerRequestedAt: new Date(Date.now() - 10 * 60_000) });
    // The process died after the provider took the charge; then the customer paid by bank transfer.
    await fake.provider.chargeMandate({
      idempotencyKey: attempt.id,
      mandateRef: `fm_${customer.id}`,
      amountMinor: attempt.amountMinor,
      currency: attempt.currency,
      description: 'Invoice',
    });
    await db
      .update(invoices)
      .set({ status: 'paid', amountPaidMinor: invoice.totalMinor, paidAt: new Date() })
      .where(eq(invoices.id, invoice.id));
    const before = await balanceIn(customer.id);

    const outcome = await runCharge(attempt.id, new Date());

    expect(outcome.status).toBe('paid');
    expect(fake.chargeCalls).toHaveLength(1);
    const [row] = await db.select().from(payments).where(eq(payments.id, attempt.id));
    expect(row).toMatchObject({ status: 'paid', providerPaymentId: [...fake.payments.keys()][0] });
    expect(await balanceIn(customer.id)).toBe(before + invoice.totalMinor);
  });
});
