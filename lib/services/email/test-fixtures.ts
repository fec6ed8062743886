import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { customers, invoiceLines, invoiceSeries, invoices, orderLines, orders, users } from '@/db/schema';
import type { Locale } from '@/emails/i18n';

/** Test data for the e-mail services; every row is unique, since test files share one database. */
export async function createTestCustomer(locale: Locale = 'en') {
  const email = `mail-${randomUUID()}@example.test`;
  const [user] = await db.insert(users).values({ email, name: 'Test Customer' }).returning();
  const [customer] = await db
    .insert(customers)
    .values({
      userId: user!.id,
      name: 'Test Customer',
      email,
      addressLine1: 'Testgate 1',
      postalCode: '0150',
      city: 'Oslo',
      country: 'NO',
      locale,
    })
    .returning();
  return customer!;
}

/** A paid order of one plan (3200, 9% VAT) and shipping (495, 21% VAT), priced as checkout prices it. */
export async function createTestOrder(locale: Locale = 'en') {
  const customer = await createTestCustomer(locale);
  const pricing = {
    currency: 'EUR',
    lines: [
      { kind: 'plan', ref: '0', description: 'Trendhouse — Monthly', quantity: 1, unitAmountMinor: 3200, amountMinor: 3200, taxRateBp: 900, taxMinor: 264 },
      { kind: 'shipping', ref: 'shipping', description: 'Shipping: PostNL standard', quantity: 1, unitAmountMinor: 495, amountMinor: 495, taxRateBp: 2100, taxMinor: 86 },
    ],
    subtotalMinor: 3345,
    taxMinor: 350,
    totalMinor: 3695,
  };
  const [order] = await db
    .insert(orders)
    .values({
      customerId: customer.id,
      checkoutToken: randomUUID(),
      status: 'paid',
      currency: 'EUR',
      paymentMethod: 'ideal',
      totalMinor: pricing.totalMinor,
      taxMinor: pricing.taxMinor,
      pricing,
      paidAt: new Date(),
    })
    .returning();
  await db.insert(orderLines).values([
    { orderId: order!.id, position: 0, kind: 'subscription', description: 'Trendhouse — Monthly', quantity: 1, unitPriceMinor: 3200 },
    { orderId: order!.id, position: 1, kind: 'shipping', description: 'Shipping: PostNL standard', quantity: 1, unitPriceMinor: 495 },
  ]);
  return { customer, order: order! };
}

/** A finalized, open invoice in a series of its own (numbers are unique per series). */
export async function createTestInvoice(locale: Locale = 'en', status: 'open' | 'paid' = 'open') {
  const customer = await createTestCustomer(locale);
  const seriesId = `test-${randomUUID()}`;
  await db.insert(invoiceSeries).values({ id: seriesId, prefix: 'T-', nextNumber: 2 });
  const issuedAt = new Date('2026-03-01T09:00:00Z');
  const [invoice] = await db
    .insert(invoices)
    .values({
      customerId: customer.id,
      status,
      seriesId,
      sequenceNumber: 1,
      number: `T-${seriesId.slice(5, 13)}`,
      currency: 'EUR',
      subtotalMinor: 2936,
      taxMinor: 264,
      totalMinor: 3200,
      amountPaidMinor: status === 'paid' ? 3200 : 0,
      customerSnapshot: {
        name: 'Frozen Name',
        email: customer.email,
        companyName: null,
        vatId: null,
        addressLine1: 'Old Street 1',
        addressLine2: null,
        postalCode: '1234',
        city: 'Bergen',
        country: 'NO',
      },
      issuedAt,
      dueAt: new Date('2026-03-15T09:00:00Z'),
      paidAt: status === 'paid' ? issuedAt : null,
    })
    .returning();
  await db.insert(invoiceLines).values({
    invoiceId: invoice!.id,
    position: 0,
    kind: 'plan',
    description: 'Trendhouse — Monthly',
    quantity: 1,
    unitAmountMinor: 3200,
    amountMinor: 3200,
    taxRateBp: 900,
    taxMinor: 264,
  });
  return { customer, invoice: invoice! };
}
