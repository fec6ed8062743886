import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { openInvoicePdfLink } from '@/lib/services/documents/invoice-pdf-link';
import type { ResendClient } from './email-transport';
import { queueInvoiceEmail, sendInvoiceEmail } from './send-invoice-email';
import { createTestInvoice } from './test-fixtures';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

async function outboxRow(invoiceId: string) {
  const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoiceId}`));
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe('sendInvoiceEmail', () => {
  test('an open invoice: amount due, VAT rate, pay link, the frozen address; once', async () => {
    const { customer, invoice } = await createTestInvoice('nb');
    await sendInvoiceEmail(invoice.id, { payUrl: 'https://shop.example/pay/abc' });
    await sendInvoiceEmail(invoice.id, { payUrl: 'https://shop.example/pay/abc' });

    const row = await outboxRow(invoice.id);
    expect(row).toMatchObject({ template: 'invoice', locale: 'nb', toAddress: customer.email });
    expect(row.subject).toBe(`Faktura ${invoice.number} fra Kadens Demo Shop`);
    // Intl separates the number from € and % with a no-break space in Norwegian.
    const text = row.text.replace(/\u00a0/g, ' ');
    expect(text).toContain('Mva. 9 %');
    expect(text).toContain('Å betale: 32,00 €, forfaller 15. mars 2026.');
    expect(row.text).toContain('Frozen Name');
    expect(row.text).toContain('Old Street 1');
    expect(row.html).toContain('href="https://shop.example/pay/abc"');
  });

  test('a paid invoice has no pay link', async () => {
    const { invoice } = await createTestInvoice('en', 'paid');
    await sendInvoiceEmail(invoice.id, { payUrl: 'https://shop.example/pay/abc' });
    const row = await outboxRow(invoice.id);
    expect(row.text).toContain('Paid on 1 March 2026. Thank you!');
    expect(row.html).not.toContain('https://shop.example/pay/abc');
  });

  test('the invoice PDF is linked, not attached: a signed link that opens this invoice’s PDF, recorded in the outbox', async () => {
    vi.stubEnv('RESEND_API_KEY', 're_test_key');
    vi.stubEnv('APP_URL', 'https://shop.example');
    const { invoice } = await createTestInvoice('de');
    const send = vi.fn<ResendClient['emails']['send']>(async () => ({ data: { id: 're_inv' }, error: null, headers: {} }));

    await expect(sendInvoiceEmail(invoice.id, { resend: { emails: { send } } })).resolves.toMatchObject({ status: 'sent' });
    const row = await outboxRow(invoice.id);
    expect(row.attachments).toBeNull();
    expect(send.mock.calls[0]![0]).not.toHaveProperty('attachments');
    expect(row.links).toEqual([
      { kind: 'invoice-pdf', invoiceId: invoice.id, expiresAt: expect.any(String) },
      { kind: 'invoice-pay', invoiceId: invoice.id, expiresAt: expect.any(String) },
    ]);
    const link = /href="https:\/\/shop\.example(\/invoice-pdf\/[^"]+)"/.exec(row.html)?.[1];
    expect(link).toBeDefined();
    expect(row.text).toContain(`Rechnung ${invoice.number} herunterladen (PDF)`);

    const opened = await openInvoicePdfLink(link!.split('/').at(-1)!, new Date());
    expect(opened.kind).toBe('ok');
    const pdf = await renderInvoicePdf((opened as { input: Parameters<typeof renderInvoicePdf>[0] }).input);
    const text = extractPdfText(pdf);
    expect(text).toContain('RECHNUNG');
    expect(text).toContain(invoice.number!);
    expect(text).toMatch(/32,00\u00a0€/);
  });
});

describe('queueInvoiceEmail', () => {
  test('queues in the caller’s transaction, the PDF linked; twice gives one row', async () => {
    vi.stubEnv('APP_URL', 'https://shop.example');
    const { invoice } = await createTestInvoice('en');
    const [first, second] = await db.transaction(async (tx) => [
      await queueInvoiceEmail(tx, invoice.id),
      await queueInvoiceEmail(tx, invoice.id),
    ]);
    expect(first!.created).toBe(true);
    expect(second).toEqual({ id: first!.id, created: false });
    expect((await outboxRow(invoice.id)).attachments).toBeNull();
  });
});
