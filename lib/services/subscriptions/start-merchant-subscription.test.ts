import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { domainEvents, emailOutbox, invoiceLines, invoices, orders, plans, products, shippingMethods } from '@/db/schema';
import { createTestSubscription } from '@/lib/services/email/test-fixtures';
import { applyPayment } from '@/lib/services/payments/apply-payment';
import { startMerchantSubscription, type Collection } from './start-merchant-subscription';

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

// In this file's own far-future years, so no other test's dates come near.
const NOW = new Date('3720-04-01T09:00:00Z');

async function started(collection: Collection) {
  const own = await createTestSubscription('en', { mandate: collection === 'charge_automatically' });
  const done = await startMerchantSubscription({ customerId: own.customer.id, planId: own.plan.id, quantity: 1, couponCode: null, collection, now: NOW, shippingMethodId: null });
  if (!done.ok) throw new Error(done.error.message);
  const invoiceId = done.value.invoiceId!;
  const [invoice] = await db.select().from(invoices).where(eq(invoices.id, invoiceId));
  return { invoice: invoice!, order: async () => (await db.select().from(orders).where(eq(orders.id, invoice!.orderId!)))[0]! };
}

const finalizedEvents = (invoiceId: string) =>
  db.select().from(domainEvents).where(and(eq(domainEvents.name, 'billing/invoice.finalized'), eq(domainEvents.subjectId, invoiceId)));
const invoiceEmails = (invoiceId: string) => db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, `invoice:${invoiceId}`));

describe('a subscription the merchant starts (the API)', () => {
  test('charged on the stored method: the order is paid with its invoice, finalized once, e-mailed as paid and never "to pay"', async () => {
    const { invoice, order } = await started('charge_automatically');
    expect(invoice.status).toBe('paid');
    expect(await order()).toMatchObject({ status: 'paid', invoiceAccess: 'order' });
    expect(await finalizedEvents(invoice.id)).toHaveLength(1);
    const emails = await invoiceEmails(invoice.id);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.props).toMatchObject({ status: 'paid' });
  });

  test('sent: the order waits for the money, finalized once and e-mailed to pay; paid by transfer, the order is paid', async () => {
    const { invoice, order } = await started('send_invoice');
    expect(await order()).toMatchObject({ status: 'pending_payment' });
    expect(await finalizedEvents(invoice.id)).toHaveLength(1);
    expect((await invoiceEmails(invoice.id))[0]!.props).toMatchObject({ status: 'open' });

    const paidAt = new Date('3720-04-05T10:00:00Z');
    await db.transaction((tx) => applyPayment(tx, { invoiceId: invoice.id, amountMinor: invoice.totalMinor, currency: invoice.currency, at: paidAt, source: 'bank_file', method: 'bank_transfer' }));
    expect(await order()).toMatchObject({ status: 'paid', paidAt });
    // Still the one e-mail: the invoice was sent already.
    expect(await invoiceEmails(invoice.id)).toHaveLength(1);
  });
});

describe('a shipped plan the merchant starts', () => {
  async function shippedPlan() {
    const own = await createTestSubscription('en');
    const tag = crypto.randomUUID();
    const [product] = await db.insert(products).values({ slug: `shipped-${tag}`, name: 'Coffee Box', kind: 'physical' }).returning();
    const [plan] = await db
      .insert(plans)
      .values({ productId: product!.id, code: `shipped-${tag}`, name: 'Monthly box', intervalUnit: 'month', intervalCount: 1, priceMinor: 2500, currency: 'EUR', taxRateBp: 900 })
      .returning();
    const [method] = await db.insert(shippingMethods).values({ name: `Post ${tag}`, priceMinor: 495, currency: 'EUR' }).returning();
    const [closed] = await db.insert(shippingMethods).values({ name: `Closed ${tag}`, priceMinor: 100, currency: 'EUR', active: false }).returning();
    const start = (shippingMethodId: string | null, planId = plan!.id) =>
      startMerchantSubscription({ customerId: own.customer.id, planId, quantity: 1, couponCode: null, collection: 'send_invoice', now: NOW, shippingMethodId });
    return { own, method: method!, closed: closed!, start };
  }

  test.each([
    ['left out', () => null, 'shipping_method_required'],
    ['inactive', (m: { closed: { id: string } }) => m.closed.id, 'shipping_method_unknown'],
    ['unknown', () => crypto.randomUUID(), 'shipping_method_unknown'],
  ])('a shipping method %s is refused naming shipping_method, with nothing written', async (_, pick, code) => {
    const { own, start, closed } = await shippedPlan();
    const refused = await start(pick({ closed }));
    expect(refused).toMatchObject({ ok: false, error: { code, field: 'shipping_method' } });
    expect(await db.select().from(orders).where(eq(orders.customerId, own.customer.id))).toEqual([]);
  });

  test('with a shipping method, its shipping is on the first invoice', async () => {
    const { start, method } = await shippedPlan();
    const done = await start(method.id);
    if (!done.ok) throw new Error(done.error.message);
    const lines = await db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, done.value.invoiceId!));
    expect(lines.map((line) => [line.kind, line.unitAmountMinor])).toContainEqual(['shipping', 495]);
  });

  test('a plan that is not shipped takes no shipping method', async () => {
    const own = await createTestSubscription('en');
    const refused = await startMerchantSubscription({ customerId: own.customer.id, planId: own.plan.id, quantity: 1, couponCode: null, collection: 'send_invoice', now: NOW, shippingMethodId: crypto.randomUUID() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'shipping_not_needed', field: 'shipping_method' } });
  });
});
