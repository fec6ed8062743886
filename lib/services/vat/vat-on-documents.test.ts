import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { creditNoteLines, customers, invoiceLines, invoices, payments, products } from '@/db/schema';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { renderCreditNotePdf } from '@/lib/pdf/render-credit-note-pdf';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { priceCart } from '@/lib/services/checkout/price-cart';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { loadCreditNotePdfInput } from '@/lib/services/credit-notes/load-credit-note-pdf';
import { loadCreditNoteEinvoice } from '@/lib/services/einvoice/load-credit-note-einvoice';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { cartOf, newCustomer, payerChooses, planByCode } from '@/test/support/checkout-fixtures';
import { vatContextFor } from './vat-context-for';
import { customerVatNote, invoiceVatNotes } from './vat-staff-notes';

const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');

/** A customer of the demo shop (a Dutch seller) somewhere else, as a consumer or a business. */
async function customerIn(values: { country: string; city: string; postalCode: string; companyName?: string; vatId?: string }) {
  const { customerId } = await newCustomer('vat');
  await db
    .update(customers)
    .set({
      country: values.country,
      city: values.city,
      postalCode: values.postalCode,
      companyName: values.companyName ?? null,
      vatId: values.vatId ?? null,
      // As checkout's business fields save it.
      customerType: values.companyName ? 'business' : 'consumer',
    })
    .where(eq(customers.id, customerId));
  return customerId;
}

/** Through the order pages' services: the order placed, paid, and its invoice written. */
async function buy(customerId: string, cart: ReturnType<typeof cartOf>) {
  const now = new Date();
  const placed = await placeOrder({ customerId, cart, paymentMethod: 'ideal', now });
  if (!placed.ok) throw new Error(placed.error.message);
  const started = await startOrderPayment({ orderId: placed.value.order.id, customerId, baseUrl: 'http://localhost:3000', now });
  if (!started.ok) throw new Error('payment not started');
  const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
  await payerChooses(payment!.providerPaymentId!, 'paid');
  await settlePayment({ paymentId: payment!.id, now: new Date() });
  const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, placed.value.order.id));
  const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id)).orderBy(asc(invoiceLines.position));
  return { invoice: invoice!, lines };
}

function keep(name: string, xml: string) {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, `${name}.xml`), xml);
}

describe('the VAT category of every line, decided for the buyer', () => {
  test('a Belgian business with a valid VAT id: reverse charge (AE, 0 %) on the invoice, its PDF and its EHF; the credit note mirrors it', async () => {
    const customerId = await customerIn({ country: 'BE', city: 'Brugge', postalCode: '8000', companyName: 'Brugse Boekhandel BV', vatId: 'BE0876543270' });
    const plan = await planByCode('trendhouse-monthly');
    const { invoice, lines } = await buy(customerId, cartOf([{ planId: plan.id, quantity: 1 }], { couponCode: 'WELCOME10' }));

    // The price shown is what is paid; it contains no VAT now.
    expect(invoice).toMatchObject({ totalMinor: 2880, taxMinor: 0, subtotalMinor: 2880 });
    expect(lines.map((l) => [l.kind, l.vatCategory, l.taxRateBp, l.taxMinor])).toEqual([
      ['plan', 'AE', 0, 0],
      ['discount', 'AE', 0, 0],
    ]);
    expect(invoice.vatNotes?.AE).toMatch(/^Reverse charge/);

    const input = await loadInvoicePdfInput(invoice.id);
    const text = extractPdfText(await renderInvoicePdf(input!));
    expect(text).toContain('Reverse charge: VAT to be accounted for by the customer');
    expect(text).toContain('0% AE');

    const ehf = await loadInvoiceEinvoice(invoice.id);
    if (!ehf?.ok) throw new Error('expected an e-invoice');
    expect(ehf.value.xml).toContain('<cbc:ID>AE</cbc:ID>');
    expect(ehf.value.xml).toContain('<cbc:TaxExemptionReasonCode>VATEX-EU-AE</cbc:TaxExemptionReasonCode>');
    keep('service-reverse-charge-invoice', ehf.value.xml);

    const credited = await issueCreditNote({ invoiceId: invoice.id, amountMinor: 'full', reason: 'Goodwill', disposition: 'balance', staffUserId: null, now: new Date() });
    if (!credited.ok) throw new Error(credited.error.message);
    const noteLines = await db.select().from(creditNoteLines).where(eq(creditNoteLines.creditNoteId, credited.value.creditNote.id));
    expect(noteLines.map((l) => l.vatCategory).sort()).toEqual(['AE', 'AE']);
    expect(credited.value.creditNote.vatNotes?.AE).toMatch(/^Reverse charge/);
    const notePdf = extractPdfText(await renderCreditNotePdf((await loadCreditNotePdfInput(credited.value.creditNote.id))!));
    expect(notePdf).toContain('Reverse charge');
    const noteEhf = await loadCreditNoteEinvoice(credited.value.creditNote.id);
    if (!noteEhf?.ok) throw new Error('expected a credit note e-invoice');
    expect(noteEhf.value.xml).toContain('<cbc:ID>AE</cbc:ID>');
    keep('service-reverse-charge-credit-note', noteEhf.value.xml);
  });

  test('a business without a VAT id is taxed as a consumer: the shop rate, no note', async () => {
    const customerId = await customerIn({ country: 'BE', city: 'Brugge', postalCode: '8000', companyName: 'Brugse Boekhandel BV' });
    const plan = await planByCode('trendhouse-monthly');
    const { invoice, lines } = await buy(customerId, cartOf([{ planId: plan.id, quantity: 1 }]));
    expect(lines.map((l) => [l.vatCategory, l.taxRateBp])).toEqual([['S', 900]]);
    expect(invoice.vatNotes).toBeNull();
    // Staff see why on the invoice page and the customer page.
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    const notes = await invoiceVatNotes(invoice, customer!);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Business customer without a valid VAT id: charged VAT as a consumer, where a valid VAT id would give AE/);
    expect(await customerVatNote(customer!)).toBe(notes[0]);
  });

  test('a consumer with a company name of their own is no business: what decides is the type the customer chose', async () => {
    const customerId = await customerIn({ country: 'BE', city: 'Brugge', postalCode: '8000', companyName: 'Brugse Boekhandel BV', vatId: 'BE0876543270' });
    await db.update(customers).set({ customerType: 'consumer' }).where(eq(customers.id, customerId));
    const plan = await planByCode('trendhouse-monthly');
    const { lines } = await buy(customerId, cartOf([{ planId: plan.id, quantity: 1 }]));
    expect(lines.map((l) => l.vatCategory)).toEqual(['S']);
    const [customer] = await db.select().from(customers).where(eq(customers.id, customerId));
    expect(await customerVatNote(customer!)).toBeNull();
  });

  test('goods to a consumer outside the EU: export (G, 0 %) with its legal ground', async () => {
    const customerId = await customerIn({ country: 'US', city: 'Boston', postalCode: '02108' });
    const plan = await planByCode('snack-box-monthly');
    const { invoice, lines } = await buy(customerId, cartOf([{ planId: plan.id, quantity: 1 }]));
    expect(lines.map((l) => [l.kind, l.vatCategory, l.taxMinor])).toEqual([
      ['plan', 'G', 0],
      ['shipping', 'G', 0],
    ]);
    expect(invoice.vatNotes?.G).toMatch(/^Export outside the EU/);
  });

  test("OSS: a German consumer of a registered shop pays Germany's reduced rate, with the country evidence kept", async () => {
    const [magazine] = await db.select().from(products).where(eq(products.slug, 'trendhouse'));
    expect(magazine).toBeDefined();
    const plan = await planByCode('trendhouse-monthly');
    const buyer = { country: 'DE', vatId: null, customerType: 'consumer' as const };
    const priced = await priceCart(db, cartOf([{ planId: plan.id, quantity: 1 }]), new Date(), {
      context: vatContextFor({ country: 'NL' }, true, buyer),
      evidence: [
        { kind: 'billing-address', country: 'DE' },
        { kind: 'bank-country', country: 'DE' },
      ],
    });
    if (!priced.ok) throw new Error(priced.error.message);
    expect(priced.value.priced.lines.map((l) => [l.vatCategory, l.taxRateBp, l.amountMinor, l.taxMinor])).toEqual([['S', 700, 3200, 209]]);
    expect(priced.value.priced.vat?.evidence).toMatchObject({ country: 'DE', problem: null });

    // With the billing address alone the sale still goes through; the missing evidence is kept for staff.
    const thin = await priceCart(db, cartOf([{ planId: plan.id, quantity: 1 }]), new Date(), {
      context: vatContextFor({ country: 'NL' }, true, buyer),
      evidence: [{ kind: 'billing-address', country: 'DE' }],
    });
    expect(thin.ok && thin.value.priced.vat?.evidence?.problem).toBe('Two kinds of evidence must show the customer is in DE (have: billing-address).');
  });
});
