import { and, asc, eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { getSellerIdentity } from '@/db/queries/settings/get-seller-identity';
import { emailOutbox, invoiceLines, invoices, plans, products, productVariants, sellerIdentities, subscriptions, type Plan } from '@/db/schema';
import { loadInvoiceEinvoice } from '@/lib/services/einvoice/load-invoice-einvoice';
import { loadInvoicePdfInput } from '@/lib/services/email/load-invoice-pdf';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { advanceTestClock } from '@/lib/services/test-clocks/advance-test-clock';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { subscribeSimulatedCustomer } from '@/lib/services/test-clocks/subscribe-simulated-customer';
import { cartOf, newCustomer } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';

// This file's own years (3764–3765).
const ORDERED = new Date('3764-03-01T09:00:00Z');

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

let plan: Plan;
let productName: string;
let variantId: string;
beforeAll(async () => {
  // The demo shop's complete identity as the seller in this file's years, whatever identities
  // other tests in this database saved for earlier years (an e-invoice needs all of it).
  const identity = await getSellerIdentity(new Date('2020-06-01T00:00:00Z'));
  await db.insert(sellerIdentities).values({ ...identity!, id: undefined, validFrom: new Date('3764-01-01T00:00:00Z') }).onConflictDoNothing();
  const tag = crypto.randomUUID().slice(0, 8);
  productName = `Atelier ${tag}`;
  const [product] = await db.insert(products).values({ slug: `variant-lines-${tag}`, name: productName, kind: 'service' }).returning();
  const [variant] = await db.insert(productVariants).values({ productId: product!.id, name: 'Print' }).returning();
  variantId = variant!.id;
  [plan] = (await db
    .insert(plans)
    .values({ productId: product!.id, variantId, code: `variant-lines-${tag}`, name: 'Monthly', currency: 'EUR', intervalUnit: 'month', intervalCount: 1, priceMinor: 999, taxRateBp: 2100 })
    .returning()) as [Plan];
});

describe('a variable product’s invoice lines name the variant', () => {
  test('the order’s invoice: its line, the PDF, the e-mail and the e-invoice item name read "Product — Variant — Plan"', async () => {
    const { customerId, email } = await newCustomer('variant-buyer');
    const settings = await getShopSettings(db);
    const placed = await placeOrder({
      customerId,
      cart: cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'bank_transfer' }),
      paymentMethod: 'bank_transfer',
      now: ORDERED,
      settings: { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'bank_transfer'], invoiceAccess: 'order', creditCheckUrl: null },
    });
    if (!placed.ok) throw new Error(placed.error.message);
    const expected = `${productName} — Print — Monthly`;
    const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, placed.value.order.id));
    const [line] = await db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoice!.id), eq(invoiceLines.kind, 'plan')));
    expect(line!.description).toBe(expected);

    const pdf = await loadInvoicePdfInput(invoice!.id);
    expect(pdf!.invoice.lines.map((l) => l.description)).toContain(expected);
    const [mail] = await db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, 'invoice')));
    expect(mail!.text).toContain(expected);
    const einvoice = await loadInvoiceEinvoice(invoice!.id);
    if (!einvoice?.ok) throw new Error(`no e-invoice: ${JSON.stringify(einvoice)}`);
    expect(einvoice.value.xml).toContain(`<cbc:Name>${expected}</cbc:Name>`);

    // Frozen at finalisation: renaming the variant leaves the issued invoice as it was.
    await db.update(productVariants).set({ name: 'Print edition' }).where(eq(productVariants.id, variantId));
    try {
      expect((await loadInvoicePdfInput(invoice!.id))!.invoice.lines.map((l) => l.description)).toContain(expected);
    } finally {
      await db.update(productVariants).set({ name: 'Print' }).where(eq(productVariants.id, variantId));
    }
  });

  test('a renewal’s line names the variant too', async () => {
    const clock = await createTestClock({ name: 'variant renewal', startAt: new Date('3765-01-01T09:00:00Z'), timeZone: 'Europe/Oslo' });
    const done = await subscribeSimulatedCustomer({ clockId: clock.id, planId: plan.id, autopay: false });
    if (!done.ok) throw new Error(done.error);
    await advanceTestClock({ clockId: clock.id, to: new Date('3765-02-02T09:00:00Z') });
    const [sub] = await db.select().from(subscriptions).where(eq(subscriptions.customerId, done.value.customerId));
    const lines = await db
      .select({ term: invoiceLines.term, description: invoiceLines.description })
      .from(invoiceLines)
      .where(and(eq(invoiceLines.subscriptionId, sub!.id), eq(invoiceLines.kind, 'plan')))
      .orderBy(asc(invoiceLines.term));
    expect(lines.map((l) => l.term)).toEqual([0, 1]);
    expect(lines.every((l) => l.description === `${productName} — Print — Monthly`)).toBe(true);
  });
});
