import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, emailOutbox, payments } from '@/db/schema';
import { createPayableInvoice } from '@/lib/services/payments/payment-test-fixtures';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { queuePaymentReceived } from './send-payment-received';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const NOW = new Date('2026-03-10T10:00:00Z');
const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));

async function registered(invoiceId: string, amount: string) {
  const result = await registerManualPayment(
    { invoiceId, amount, currency: 'EUR', paidOn: '2026-03-05', method: 'bank_transfer' },
    { staffUserId: 'staff', now: NOW },
  );
  if (!result.ok) throw new Error(result.error);
  return result.value.paymentId;
}

describe('queuePaymentReceived', () => {
  test('a partial payment: what came in and what is still open, once per payment', async () => {
    const { invoice } = await createPayableInvoice({ totalMinor: 3200 });
    const paymentId = await registered(invoice.id, '20');
    // The registration queued it already; asking again finds the same message.
    expect(await queuePaymentReceived(paymentId)).toEqual({ id: expect.any(String), created: false });
    const found = await rows(`payment-received:${paymentId}`);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toBe(`Payment received for invoice ${invoice.number} – Kadens Demo Shop`);
    expect(found[0]!.text).toContain(`We received €20.00 for invoice ${invoice.number} on 5 March 2026.`);
    expect(found[0]!.text).toContain('The invoice is not paid in full yet: €12.00 is still open.');
    expect(found[0]!.html).toContain(`href="https://shop.example/account/invoices/${invoice.id}"`);
  });

  test('an overpayment says the rest is kept as credit, in the customer’s language', async () => {
    const { invoice, customer } = await createPayableInvoice({ totalMinor: 3200 });
    await db.update(customers).set({ locale: 'nb' }).where(eq(customers.id, customer.id));
    const paymentId = await registered(invoice.id, '35');
    const [message] = await rows(`payment-received:${paymentId}`);
    expect(message!.locale).toBe('nb');
    expect(message!.subject).toBe(`Betaling mottatt for faktura ${invoice.number} – Kadens Demo Shop`);
    expect(message!.text).toContain('Fakturaen er nå betalt i sin helhet.');
    expect(message!.text).toMatch(/Du betalte 3,00\s€ mer enn fakturabeløpet/u);
  });

  test('a payment that is not paid (any more) gets no receipt', async () => {
    const { invoice } = await createPayableInvoice();
    const paymentId = await registered(invoice.id, '32');
    await db.delete(emailOutbox).where(eq(emailOutbox.dedupeKey, `payment-received:${paymentId}`));
    await db.update(payments).set({ status: 'charged_back' }).where(eq(payments.id, paymentId));
    expect(await queuePaymentReceived(paymentId)).toBeNull();
    expect(await rows(`payment-received:${paymentId}`)).toEqual([]);
  });

  test('an unknown payment is a bug', async () => {
    await expect(queuePaymentReceived('00000000-0000-4000-8000-000000000000')).rejects.toThrow('does not exist');
  });
});
