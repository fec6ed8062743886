import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { customers, emailOutbox } from '@/db/schema';
import { renderAttachments } from './render-attachments';
import { loadInvoiceEmail } from './load-invoice-email';
import { invoiceFilesFor, invoiceQueueInput, queueInvoiceEmail } from './send-invoice-email';
import { createTestInvoice } from './test-fixtures';


const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

test('a customer who wants e-invoices gets the PDF attached and the EHF beside it, its PDF inside, through the outbox', async () => {
  const { invoice } = await createTestInvoice('en');
  // The business asked for e-invoices on Min Side → Your details.
  await db
    .update(customers)
    .set({ customerType: 'business', companyName: 'Tulip Trading B.V.', wantsEinvoice: true })
    .where(eq(customers.id, invoice.customerId));
  await queueInvoiceEmail(db, invoice.id);
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice.id}`));
  expect(row!.attachments).toEqual([
    { kind: 'invoice-pdf', invoiceId: invoice.id, filename: `${invoice.number}.pdf` },
    { kind: 'invoice-ehf', invoiceId: invoice.id, filename: `${invoice.number}.xml` },
  ]);

  // What the transport gets when the message is delivered.
  const [pdf, ehf] = await renderAttachments(db, row!.attachments);
  expect(pdf!.content.subarray(0, 5).toString()).toBe('%PDF-');
  const xml = ehf!.content.toString('utf8');
  expect(xml).toContain('<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>');
  expect(xml).toContain(`<cbc:ID>${invoice.number}</cbc:ID>`);
  expect(xml).toMatch(/<cbc:EmbeddedDocumentBinaryObject mimeCode="application\/pdf" filename="[^"]+">JVBERi0/);
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, 'service-invoice-email-ehf.xml'), xml);
});

test('a customer who did not ask for e-invoices gets no attachment: the PDF is linked (the batch path)', async () => {
  vi.stubEnv('APP_URL', 'https://shop.example');
  const { invoice } = await createTestInvoice('en');
  await queueInvoiceEmail(db, invoice.id);
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoice.id}`));
  expect(row!.attachments).toBeNull();
  expect(row!.links).toContainEqual({ kind: 'invoice-pdf', invoiceId: invoice.id, expiresAt: expect.any(String) });
});

test('a business that asked for its documents attached still gets the PDF when no EHF can be made', async () => {
  vi.stubEnv('APP_URL', 'https://shop.example');
  const { invoice } = await createTestInvoice('en');
  await db.update(customers).set({ customerType: 'business', companyName: 'Tulip Trading B.V.', wantsEinvoice: true }).where(eq(customers.id, invoice.customerId));
  const files = await invoiceFilesFor(db, { customerType: 'business', wantsEinvoice: true }, invoice.id);
  expect(files.attach).toBe(true);
  const message = invoiceQueueInput(invoice.id, await loadInvoiceEmail(db, invoice.id), { attach: true, ehf: false });
  expect(message.attachments).toEqual([{ kind: 'invoice-pdf', invoiceId: invoice.id, filename: `${invoice.number}.pdf` }]);
});

test('without the app’s public address no link can be made: the PDF goes attached instead', async () => {
  vi.stubEnv('APP_URL', '');
  vi.stubEnv('AUTH_URL', '');
  const { invoice } = await createTestInvoice('en');
  const message = invoiceQueueInput(invoice.id, await loadInvoiceEmail(db, invoice.id), { attach: false });
  expect(message.props.pdfUrl).toBeNull();
  expect(message.attachments).toEqual([{ kind: 'invoice-pdf', invoiceId: invoice.id, filename: `${invoice.number}.pdf` }]);
});
