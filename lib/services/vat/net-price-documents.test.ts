import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { customers, invoiceLines, invoices, payments, sellerIdentities, shopSettings, subscriptions } from '@/db/schema';
import { serializeUbl } from '@/lib/einvoice/serialize-ubl';
import { extractPdfText } from '@/lib/pdf/extract-pdf-text';
import { renderInvoicePdf } from '@/lib/pdf/render-invoice-pdf';
import { issueCreditNote } from '@/lib/services/credit-notes/issue-credit-note';
import { loadCreditNoteEinvoice } from '@/lib/services/einvoice/load-credit-note-einvoice';
import { rolledBack } from '@/lib/services/audit/audit-test-fixtures';
import { applyRenewalBatch } from '@/lib/services/billing/apply-renewal-batch';
import { loadEngineContext } from '@/lib/services/billing/engine-context';
import { selectDueRenewals } from '@/lib/services/billing/select-due-renewals';
import { placeOrder } from '@/lib/services/checkout/place-order';
import { settlePayment } from '@/lib/services/checkout/settle-payment';
import { startOrderPayment } from '@/lib/services/checkout/start-order-payment';
import { invoiceEinvoiceDocument } from '@/lib/services/einvoice/einvoice-documents';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { cartOf, newCustomer, payerChooses, planByCode } from '@/test/support/checkout-fixtures';

const OUTPUT = path.resolve(import.meta.dirname, '../../../.test-results/einvoices');

function keep(name: string, xml: string) {
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(path.join(OUTPUT, `${name}.xml`), xml);
}

/** A Dutch business with a valid VAT id: the demo shop (a Dutch seller) charges it Dutch VAT. */
const DUTCH_BUSINESS = {
  customerType: 'business' as const,
  companyName: 'Grachten Advies B.V.',
  vatId: 'NL812345680B01',
  organisationNumber: '87654321',
  country: 'NL',
  city: 'Amsterdam',
  postalCode: '1012 AB',
};

describe('a shop whose prices are net: VAT is added, and the invoice, its PDF and its EHF agree', () => {
  test('an order: 32.00 net less a 10 % coupon, 9 % VAT on the category nets 28.80 = 2.59; the EHF states net prices', async () => {
    const { customerId } = await newCustomer('netprice');
    await db.update(customers).set(DUTCH_BUSINESS).where(eq(customers.id, customerId));
    const plan = await planByCode('trendhouse-monthly');
    // This order reads the shop as net-priced; the shop's own row (shared by every test) is untouched.
    const settings = { ...(await getShopSettings(db)), pricesIncludeVat: false };
    // Real time, as the order pages' other VAT tests: the demo shop's own (Dutch) identity is in force.
    const now = new Date();
    const placed = await placeOrder({ customerId, cart: cartOf([{ planId: plan.id, quantity: 1 }], { couponCode: 'WELCOME10' }), paymentMethod: 'ideal', now, settings });
    if (!placed.ok) throw new Error(placed.error.message);
    const started = await startOrderPayment({ orderId: placed.value.order.id, customerId, baseUrl: 'http://localhost:3000', now });
    if (!started.ok) throw new Error('payment not started');
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, placed.value.order.id));
    expect(payment!.amountMinor).toBe(3139);
    await payerChooses(payment!.providerPaymentId!, 'paid');
    await settlePayment({ paymentId: payment!.id, now });

    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, placed.value.order.id));
    expect(invoice).toMatchObject({ pricesIncludeVat: false, subtotalMinor: 2880, taxMinor: 259, totalMinor: 3139, amountPaidMinor: 3139 });
    const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoice!.id)).orderBy(asc(invoiceLines.position));
    // The plan line keeps its net unit price; each line's amount is its net plus its VAT.
    expect(lines.map((l) => [l.kind, l.unitAmountMinor, l.amountMinor, l.taxMinor, l.vatCategory])).toEqual([
      ['plan', 3200, 3488, 288, 'S'],
      ['discount', -320, -349, -29, 'S'],
    ]);

    const ehf = await loadInvoiceEinvoice(invoice!.id);
    if (!ehf?.ok) throw new Error(`expected an e-invoice: ${ehf?.ok === false ? ehf.error.message : 'none'}`);
    const xml = ehf.value.xml;
    expect(xml).toMatch(/<cbc:PriceAmount currencyID="EUR">32(\.00)?<\/cbc:PriceAmount>/);
    expect(xml).toMatch(/<cbc:TaxExclusiveAmount currencyID="EUR">28\.80<\/cbc:TaxExclusiveAmount>/);
    expect(xml).toMatch(/<cbc:TaxAmount currencyID="EUR">2\.59<\/cbc:TaxAmount>/);
    expect(xml).toMatch(/<cbc:TaxInclusiveAmount currencyID="EUR">31\.39<\/cbc:TaxInclusiveAmount>/);
    expect(xml).not.toContain('PayableRoundingAmount');
    keep('service-net-prices-order', xml);

    // The PDF says the same: net line amounts (quantity x unit price), VAT added in the summary.
    const text = extractPdfText(await renderInvoicePdf((await loadInvoicePdfInput(invoice!.id))!));
    expect(text).toContain('€32.00');
    expect(text).toContain('€28.80');
    expect(text).toContain('€2.59');
    expect(text).toContain('€31.39');
    expect(text).not.toContain('€34.88');

    // A full credit note mirrors the invoice: the same nets, the same VAT, stated as net prices.
    const credited = await issueCreditNote({ invoiceId: invoice!.id, amountMinor: 'full', reason: 'Goodwill', disposition: 'balance', staffUserId: null, now });
    if (!credited.ok) throw new Error(credited.error.message);
    expect(credited.value.creditNote).toMatchObject({ subtotalMinor: 2880, taxMinor: 259, totalMinor: 3139 });
    const noteEhf = await loadCreditNoteEinvoice(credited.value.creditNote.id);
    if (!noteEhf?.ok) throw new Error('expected a credit note e-invoice');
    expect(noteEhf.value.xml).toMatch(/<cbc:TaxInclusiveAmount currencyID="EUR">31\.39<\/cbc:TaxInclusiveAmount>/);
    expect(noteEhf.value.xml).toMatch(/<cbc:TaxAmount currencyID="EUR">2\.59<\/cbc:TaxAmount>/);
    keep('service-net-prices-credit-note', noteEhf.value.xml);
  });

  test('a renewal in a net-price shop (year 3690): 32.00 net + 9 % = 34.88, frozen as net on the invoice', async () => {
    const clock = await createTestClock({ name: 'net prices renewal', startAt: new Date('3690-01-10T09:00:00Z') });
    const plan = await planByCode('trendhouse-monthly');
    const subscribed = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false, name: 'Grachten Advies' });
    if (!subscribed.ok) throw new Error(subscribed.error);
    const { customerId } = subscribed.value;
    await db.update(customers).set({ ...DUTCH_BUSINESS, peppolScheme: '0106', peppolId: '87654321' }).where(eq(customers.id, customerId));

    // Rolled back: the shop's settings are one row every test shares.
    const xml = await rolledBack(async (tx) => {
      await tx.update(shopSettings).set({ pricesIncludeVat: false });
      // The demo shop's identity as the seller in this year too, whatever other tests saved for later years.
      const identity = await getSellerIdentity(new Date(), tx);
      await tx.insert(sellerIdentities).values({ ...identity!, id: undefined, validFrom: new Date('3690-01-01T00:00:00Z') });
      const scope = { kind: 'test-clock' as const, clockId: clock.id };
      const ctx = await loadEngineContext(tx, scope);
      // Past the `invoice` step of the second term (7 days before 3690-02-10).
      const now = new Date('3690-02-05T12:00:00Z');
      const [subscription] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.customerId, customerId));
      for (let round = 0; round < 10; round += 1) {
        const due = await selectDueRenewals(tx, { now, scope, limit: 10, subscriptionIds: [subscription!.id] });
        if (due.length === 0) break;
        await applyRenewalBatch(tx, due, ctx, now);
      }
      const [renewal] = await tx.select().from(invoices).where(and(eq(invoices.customerId, customerId), eq(invoices.term, 1)));
      expect(renewal).toMatchObject({ pricesIncludeVat: false, subtotalMinor: 3200, taxMinor: 288, totalMinor: 3488 });
      // The first term's invoice was issued before the switch: it keeps its VAT-inclusive meaning.
      const [first] = await tx.select().from(invoices).where(and(eq(invoices.customerId, customerId), isNull(invoices.term)));
      expect(first).toMatchObject({ pricesIncludeVat: true, totalMinor: 3200 });

      const input = await loadInvoicePdfInput(renewal!.id, undefined, tx);
      const document = invoiceEinvoiceDocument(input!);
      if (!document.ok) throw new Error(document.error.message);
      return serializeUbl(document.value);
    });
    expect(xml).toMatch(/<cbc:PayableAmount currencyID="EUR">34\.88<\/cbc:PayableAmount>/);
    keep('service-net-prices-renewal', xml);
  });
});
