import { payLinksIn } from '@/test/support/pay-links';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { queuePaymentFailed, sendPaymentFailed } from './send-payment-failed';
import { createTestFailedCharge, createTestInvoice, createTestSubscription } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));

async function failedCharge(locale: 'en' | 'nl' | 'de' | 'nb') {
  const { customer, subscription } = await createTestSubscription(locale, { mandate: true });
  const { invoice } = await createTestInvoice(locale, 'open', { customer, subscriptionId: subscription.id, term: 1 });
  return { customer, invoice, payment: await createTestFailedCharge(invoice) };
}

describe('sendPaymentFailed', () => {
  test('temporary: the reason and when we retry, no action needed; once per payment', async () => {
    const { customer, invoice, payment } = await failedCharge('en');
    const input = { paymentId: payment.id, failure: 'temporary' as const, retryAt: new Date('2026-03-04T09:00:00Z') };
    await sendPaymentFailed(input);
    await sendPaymentFailed(input);
    const found = await rows(`payment-failed:${payment.id}`);
    expect(found).toHaveLength(1);
    const [row] = found;
    expect(row).toMatchObject({ template: 'payment-failed', locale: 'en', toAddress: customer.email });
    expect(row!.subject).toBe(`Payment failed for invoice ${invoice.number} – Kadens Demo Shop`);
    expect(row!.text).toContain(`We could not charge €32.00 for invoice ${invoice.number} to Visa •••• 4242.`);
    expect(row!.text).toContain('Reason: Insufficient funds');
    expect(row!.text).toContain('we will try again on 4 March 2026');
    expect(row!.text).not.toContain('Update payment method');
  });

  test('permanent: a link to update the payment method (Min Side → Payment methods, with the invoice), and to pay directly', async () => {
    const { invoice, payment } = await failedCharge('de');
    await sendPaymentFailed({ paymentId: payment.id, failure: 'permanent', reason: 'Card expired' });
    const [row] = await rows(`payment-failed:${payment.id}`);
    expect(row!.subject).toBe(`Zahlung für Rechnung ${invoice.number} fehlgeschlagen – Kadens Demo Shop`);
    expect(row!.text).toContain('Grund: Card expired');
    expect(row!.text).toContain('Zahlungsmethode aktualisieren');
    expect(row!.text).not.toContain('erneut. Bitte');
    expect(row!.html).toContain(`href="https://shop.example/account/payment-methods?invoice=${invoice.id}"`);
    expect(payLinksIn(row!.html).map((link) => link.invoiceId)).toContain(invoice.id);
  });

  test('an invoice paid meanwhile: no notice', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    const payment = await createTestFailedCharge(invoice);
    await expect(sendPaymentFailed({ paymentId: payment.id, failure: 'temporary' })).resolves.toBeNull();
    expect(await rows(`payment-failed:${payment.id}`)).toHaveLength(0);
  });

  test('an unknown payment is a bug', async () => {
    await expect(
      sendPaymentFailed({ paymentId: '00000000-0000-4000-8000-000000000000', failure: 'permanent' }),
    ).rejects.toThrow('does not exist');
  });
});

describe('queuePaymentFailed', () => {
  test('in a transaction, twice: one row', async () => {
    const { payment } = await failedCharge('nb');
    const input = { paymentId: payment.id, failure: 'temporary' as const, retryAt: new Date('2026-03-04T09:00:00Z') };
    const results = await db.transaction(async (tx) => [await queuePaymentFailed(tx, input), await queuePaymentFailed(tx, input)]);
    expect(results.map((r) => r?.created)).toEqual([true, false]);
    const [row] = await rows(`payment-failed:${payment.id}`);
    expect(row!.text).toContain('vi prøver igjen 4. mars 2026');
  });
});
