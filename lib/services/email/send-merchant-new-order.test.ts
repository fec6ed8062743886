import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoices } from '@/db/schema';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import type { ResendClient } from './email-transport';
import { orderReference } from './load-order-confirmation';
import { queueMerchantNewOrder, sendMerchantNewOrder } from './send-merchant-new-order';
import { createTestInvoice, createTestOrder } from './test-fixtures';

beforeEach(() => {
  vi.stubEnv('RESEND_API_KEY', '');
  vi.stubEnv('APP_URL', 'https://shop.example');
});
afterEach(() => vi.unstubAllEnvs());

const rows = (key: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));

/** A paid order with its finalized invoice, as fulfilment leaves it. */
async function orderWithInvoice(locale: 'en' | 'nb') {
  const { customer, order } = await createTestOrder(locale);
  const { invoice } = await createTestInvoice(locale, 'paid', { customer });
  await db.update(invoices).set({ orderId: order.id }).where(eq(invoices.id, invoice.id));
  return { customer, order, invoice };
}

describe('sendMerchantNewOrder', () => {
  test('to the shop’s address: customer, lines, total, the invoice PDF attached; once', async () => {
    const { customer, order, invoice } = await orderWithInvoice('nb');
    await sendMerchantNewOrder({ orderId: order.id });
    await sendMerchantNewOrder({ orderId: order.id });
    const found = await rows(`merchant-new-order:${order.id}`);
    expect(found).toHaveLength(1);
    const [row] = found;
    // The merchant's language, not the customer's (nb).
    expect(row).toMatchObject({ template: 'merchant-new-order', locale: 'en', toAddress: 'support@example.com' });
    expect(row!.subject).toBe(`New order ${orderReference(order.id)} from Test Customer – Kadens Demo Shop`);
    expect(row!.text).toContain(`E-mail: ${customer.email}`);
    expect(row!.text).toMatch(/Trendhouse — Monthly\s+1\s+€32\.00/);
    expect(row!.text).toMatch(/Total\s+€36\.95/);
    expect(row!.text).toContain(`Invoice ${invoice.number} is attached as a PDF.`);
    expect(row!.attachments).toEqual([{ kind: 'invoice-pdf', invoiceId: invoice.id, filename: `${invoice.number}.pdf` }]);
  });

  test('Resend receives the rendered PDF', async () => {
    vi.stubEnv('RESEND_API_KEY', 're_test_key');
    const { order, invoice } = await orderWithInvoice('en');
    const send = vi.fn<ResendClient['emails']['send']>(async () => ({ data: { id: `re_${randomUUID()}` }, error: null, headers: {} }));
    await expect(sendMerchantNewOrder({ orderId: order.id, locale: 'nl' }, { resend: { emails: { send } } })).resolves.toMatchObject({
      status: 'sent',
    });
    const message = send.mock.calls[0]![0];
    expect(message.to).toEqual(['support@example.com']);
    expect(message.subject).toContain('Nieuwe bestelling');
    const [attachment] = message.attachments!;
    expect(attachment!.filename).toBe(`${invoice.number}.pdf`);
    const pdf = attachment!.content as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(extractPdfText(pdf)).toContain(invoice.number!);
  });

  test('an order without a finalized invoice is announced without a PDF', async () => {
    const { order } = await createTestOrder('en');
    await sendMerchantNewOrder({ orderId: order.id });
    const [row] = await rows(`merchant-new-order:${order.id}`);
    expect(row!.attachments).toBeNull();
    expect(row!.text).toContain('The invoice has not been issued yet.');
  });
});

describe('queueMerchantNewOrder', () => {
  test('in the fulfilment transaction, twice: one row', async () => {
    const { order } = await orderWithInvoice('en');
    const results = await db.transaction(async (tx) => [
      await queueMerchantNewOrder(tx, { orderId: order.id }),
      await queueMerchantNewOrder(tx, { orderId: order.id }),
    ]);
    expect(results.map((r) => r.created)).toEqual([true, false]);
    expect(await rows(`merchant-new-order:${order.id}`)).toHaveLength(1);
  });
});
