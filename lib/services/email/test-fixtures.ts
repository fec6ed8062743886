import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import {
  customers,
  invoiceLines,
  invoiceSeries,
  invoices,
  orderLines,
  orders,
  paymentMethods,
  payments,
  plans,
  products,
  subscriptions,
  users,
  type Customer,
} from '@/db/schema';
import type { Locale } from '@/lib/i18n/locales';

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

export type TestInvoiceOptions = {
  /** Bill this customer instead of a new one. */
  customer?: Customer;
  /** A renewal invoice of this subscription (its plan line carries it too). */
  subscriptionId?: string;
  term?: number;
  /** Reminder fees booked on the invoice as `reminder_fee` lines (21% VAT). */
  reminderFeesMinor?: number[];
  /** The fees as dunning books them today: outside the scope of VAT (category O, 0 %), the plan line S. */
  reminderFeesOutsideVat?: boolean;
  /** Already paid of the total. */
  amountPaidMinor?: number;
};

/** A finalized invoice (3200 at 9% VAT) in a series of its own (numbers are unique per series). */
export async function createTestInvoice(
  locale: Locale = 'en',
  status: 'open' | 'paid' | 'draft' | 'void' = 'open',
  options: TestInvoiceOptions = {},
) {
  const customer = options.customer ?? (await createTestCustomer(locale));
  const seriesId = `test-${randomUUID()}`;
  await db.insert(invoiceSeries).values({ id: seriesId, prefix: 'T-', nextNumber: 2 });
  const issuedAt = new Date('2026-03-01T09:00:00Z');
  const outside = options.reminderFeesOutsideVat === true;
  const fees = (options.reminderFeesMinor ?? []).map((fee) => ({ amountMinor: fee, taxMinor: outside ? 0 : Math.round((fee * 2100) / 12100) }));
  const totalMinor = 3200 + fees.reduce((sum, fee) => sum + fee.amountMinor, 0);
  const taxMinor = 264 + fees.reduce((sum, fee) => sum + fee.taxMinor, 0);
  const draft = status === 'draft';
  const [invoice] = await db
    .insert(invoices)
    .values({
      customerId: customer.id,
      subscriptionId: options.subscriptionId ?? null,
      term: options.term ?? null,
      status,
      seriesId: draft ? null : seriesId,
      sequenceNumber: draft ? null : 1,
      number: draft ? null : `T-${seriesId.slice(5, 13)}`,
      currency: 'EUR',
      subtotalMinor: totalMinor - taxMinor,
      taxMinor,
      totalMinor,
      amountPaidMinor: status === 'paid' ? totalMinor : (options.amountPaidMinor ?? 0),
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
      paymentReference: draft ? null : `REF-${seriesId.slice(5, 13)}`,
      issuedAt: draft ? null : issuedAt,
      dueAt: draft ? null : new Date('2026-03-15T09:00:00Z'),
      paidAt: status === 'paid' ? issuedAt : null,
      ...(outside && fees.length > 0 ? { vatNotes: { O: 'Reminder fee: not subject to VAT' } } : {}),
    })
    .returning();
  await db.insert(invoiceLines).values([
    {
      invoiceId: invoice!.id,
      position: 0,
      kind: 'plan' as const,
      description: 'Trendhouse — Monthly',
      quantity: 1,
      unitAmountMinor: 3200,
      amountMinor: 3200,
      taxRateBp: 900,
      taxMinor: 264,
      ...(outside ? { vatCategory: 'S' as const } : {}),
      subscriptionId: options.subscriptionId ?? null,
      term: options.subscriptionId ? (options.term ?? null) : null,
      periodStart: new Date('2026-03-01T00:00:00+01:00'),
      periodEnd: new Date('2026-04-01T00:00:00+02:00'),
    },
    ...fees.map((fee, i) => ({
      invoiceId: invoice!.id,
      position: i + 1,
      kind: 'reminder_fee' as const,
      description: `Reminder fee (step ${i + 1})`,
      quantity: 1,
      unitAmountMinor: fee.amountMinor,
      amountMinor: fee.amountMinor,
      taxRateBp: outside ? 0 : 2100,
      taxMinor: fee.taxMinor,
      ...(outside ? { vatCategory: 'O' as const } : {}),
    })),
  ]);
  return { customer, invoice: invoice! };
}

/**
 * An active monthly subscription to a product and plan of its own (slugs and codes are unique),
 * 3200 a month; with `mandate`, the customer's default payment method can be charged (autopay).
 */
export async function createTestSubscription(locale: Locale = 'en', options: { mandate?: boolean } = {}) {
  const customer = await createTestCustomer(locale);
  const key = randomUUID();
  const [product] = await db
    .insert(products)
    .values({ slug: `test-${key}`, name: 'Trendhouse', kind: 'digital' })
    .returning();
  const [plan] = await db
    .insert(plans)
    .values({
      productId: product!.id,
      code: `test-${key}`,
      name: 'Monthly',
      intervalUnit: 'month',
      intervalCount: 1,
      priceMinor: 3200,
      currency: 'EUR',
      taxRateBp: 900,
    })
    .returning();
  const start = new Date('2026-03-01T00:00:00+01:00');
  const [subscription] = await db
    .insert(subscriptions)
    .values({
      customerId: customer.id,
      planId: plan!.id,
      status: 'active',
      quantity: 1,
      currency: 'EUR',
      unitPriceMinor: 3200,
      anchorAt: start,
      currentPeriodStart: start,
      currentPeriodEnd: new Date('2026-04-01T00:00:00+02:00'),
      startedAt: start,
    })
    .returning();
  if (options.mandate) {
    await db.insert(paymentMethods).values({
      customerId: customer.id,
      provider: 'test',
      type: 'card',
      label: 'Visa •••• 4242',
      mandateRef: `mandate-${key}`,
      isDefault: true,
    });
  }
  return { customer, product: product!, plan: plan!, subscription: subscription! };
}

/** A failed autopay charge of an invoice. */
export async function createTestFailedCharge(invoice: { id: string; customerId: string; totalMinor: number }) {
  const [payment] = await db
    .insert(payments)
    .values({
      customerId: invoice.customerId,
      invoiceId: invoice.id,
      attempt: 1,
      provider: 'test',
      providerPaymentId: `test-${randomUUID()}`,
      method: 'card',
      amountMinor: invoice.totalMinor,
      currency: 'EUR',
      status: 'failed',
      failureReason: 'Insufficient funds',
    })
    .returning();
  return payment!;
}
