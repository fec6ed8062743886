import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, invoiceLines, invoices, orders, payments, plans as plansTable, subscriptions, type ShopSettings } from '@/db/schema';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { camt053File } from '@/lib/services/payments/bank-import/camt053-test-file';
import { importBankFile } from '@/lib/services/payments/bank-import/import-bank-file';
import { uniqueIban } from '@/lib/services/payments/payment-test-fixtures';
import { registerManualPayment } from '@/lib/services/payments/register-manual-payment';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { cartOf, newCustomer, planByCode } from '@/test/support/checkout-fixtures';
import { placeOrder } from './place-order';
import { startOrderPayment } from './start-order-payment';

// This file's own years (3610–3619): the subscriptions it starts are never due for anyone else's sweep.
const ORDERED = new Date('3610-03-01T09:00:00Z');

beforeEach(() => vi.stubEnv('RESEND_API_KEY', ''));
afterEach(() => vi.unstubAllEnvs());

/** The shop's settings as a merchant with pay by invoice enabled has them (passed in: the shared row is not changed). */
async function invoiceShop(extra: Partial<ShopSettings> = {}): Promise<ShopSettings> {
  const settings = await getShopSettings(db);
  return { ...settings, enabledPaymentMethods: [...settings.enabledPaymentMethods, 'bank_transfer'], invoiceAccess: 'order', creditCheckUrl: null, ...extra };
}

async function orderByInvoice(settings: ShopSettings, now = ORDERED) {
  const { customerId, email } = await newCustomer('invoice-buyer');
  const plan = await planByCode('trendhouse-monthly');
  const cart = cartOf([{ planId: plan.id, quantity: 1 }], { paymentMethod: 'bank_transfer' });
  const placed = await placeOrder({ customerId, cart, paymentMethod: 'bank_transfer', now, settings });
  return { customerId, email, cart, placed };
}

async function invoiceOf(orderId: string) {
  const [invoice] = await db.select().from(invoices).where(eq(invoices.orderId, orderId));
  return invoice;
}

async function subscriptionsOf(customerId: string) {
  return db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId));
}

async function mailTo(email: string, template: string) {
  return db.select().from(emailOutbox).where(and(eq(emailOutbox.toAddress, email), eq(emailOutbox.template, template)));
}

describe('pay by invoice, access on order', () => {
  test('the subscription is active at once; the first invoice is open with its number and RF reference, e-mailed with the account; a registered payment pays it', async () => {
    const { customerId, email, placed } = await orderByInvoice(await invoiceShop());
    if (!placed.ok) throw new Error(placed.error.message);
    const order = placed.value.order;

    const [started] = await subscriptionsOf(customerId);
    expect(started).toMatchObject({ status: 'active', currentTerm: 0, startedAt: ORDERED, currentPeriodStart: ORDERED });
    const invoice = (await invoiceOf(order.id))!;
    expect(invoice).toMatchObject({ status: 'open', totalMinor: 3200, amountPaidMinor: 0, paidAt: null, subscriptionId: started!.id, term: 0 });
    expect(invoice.number).toMatch(/^KD-\d{6}$/);
    expect(invoice.paymentReference).toMatch(/^RF\d{2}\d+$/);
    expect(invoice.dueAt).toEqual(new Date('3610-03-15T09:00:00Z'));
    expect(await db.select().from(payments).where(eq(payments.orderId, order.id))).toEqual([]);
    const [planLine] = await db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoice.id), eq(invoiceLines.kind, 'plan')));
    expect(planLine).toMatchObject({ subscriptionId: started!.id, term: 0 });

    // The invoice e-mail says where to pay, with which reference, by when; the order is confirmed.
    const [mail] = await mailTo(email, 'invoice');
    expect(mail!.text).toContain(`Pay by bank transfer to IBAN NL91 ABNA 0417 1643 00 · BIC ABNANL2A with the payment reference ${invoice.paymentReference}.`);
    expect(mail!.text).toContain('15 March 3610');
    expect(await mailTo(email, 'order-confirmation')).toHaveLength(1);

    // Placing it again (a double click) finds the same order and writes nothing more.
    const again = await placeOrder({ customerId, cart: { ...cartOf([]), checkoutToken: order.checkoutToken }, paymentMethod: 'bank_transfer', now: ORDERED, settings: await invoiceShop() });
    expect(again).toMatchObject({ ok: true, value: { alreadyPlaced: true, order: { id: order.id } } });
    // No provider is involved: the payment step sends the customer to the thank-you page.
    expect(await startOrderPayment({ orderId: order.id, customerId, baseUrl: 'http://localhost:3000', now: ORDERED })).toEqual({
      ok: true,
      value: { kind: 'done', orderId: order.id },
    });
    expect(await db.select().from(invoices).where(eq(invoices.orderId, order.id))).toHaveLength(1);
    expect(await subscriptionsOf(customerId)).toHaveLength(1);

    const staff = await createStaffUser('admin');
    const paid = await registerManualPayment(
      { invoiceId: invoice.id, amount: '32.00', currency: 'EUR', paidOn: '3610-03-05', method: 'bank_transfer' },
      { staffUserId: staff.id, now: new Date('3610-03-05T12:00:00Z') },
    );
    expect(paid).toMatchObject({ ok: true, value: { paidInFull: true } });
    const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
    expect(after).toMatchObject({ status: 'paid', invoiceAccess: 'order' });
    // Still the one subscription, on its first term (not started again by the payment).
    expect(await subscriptionsOf(customerId)).toMatchObject([{ id: started!.id, status: 'active', currentPeriodStart: ORDERED }]);
  });
});

describe('pay by invoice, access on payment', () => {
  test('nothing starts until a bank payment with the reference arrives; then the subscription starts on the booking day and the invoice names it', async () => {
    const { customerId, placed } = await orderByInvoice(await invoiceShop({ invoiceAccess: 'payment' }));
    if (!placed.ok) throw new Error(placed.error.message);
    const order = placed.value.order;
    expect(await subscriptionsOf(customerId)).toEqual([]);
    const invoice = (await invoiceOf(order.id))!;
    expect(invoice).toMatchObject({ status: 'open', subscriptionId: null });
    expect(invoice.paymentReference).toBeTruthy();
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]).toMatchObject({ status: 'pending_payment', invoiceAccess: 'payment' });

    const imported = await importBankFile({
      filename: `pay-by-invoice-${randomUUID()}.xml`,
      content: camt053File({
        accountIban: uniqueIban(),
        entries: [{ amountMinor: 3200, bankReference: `PBI-${randomUUID()}`, reference: invoice.paymentReference, bookingDate: '3610-03-08' }],
      }),
      importedBy: null,
      now: new Date('3610-03-09T08:00:00Z'),
    });
    expect(imported).toMatchObject({ ok: true, value: { counts: { matched: 1 } } });

    const [started] = await subscriptionsOf(customerId);
    expect(started).toMatchObject({ status: 'active', currentTerm: 0 });
    // Anchored on the day the money arrived (the shop's time zone), not on the order.
    expect(started!.anchorAt.getTime()).toBeGreaterThan(ORDERED.getTime());
    expect(started!.anchorAt.toISOString().slice(0, 10)).toBe('3610-03-08');
    const [planLine] = await db.select().from(invoiceLines).where(and(eq(invoiceLines.invoiceId, invoice.id), eq(invoiceLines.kind, 'plan')));
    expect(planLine).toMatchObject({ subscriptionId: started!.id, term: 0, periodStart: started!.currentPeriodStart, periodEnd: started!.currentPeriodEnd });
    expect((await db.select().from(orders).where(eq(orders.id, order.id)))[0]).toMatchObject({ status: 'paid' });
  });
});

describe('pay by invoice with nothing to pay', () => {
  test('a free trial ordered by invoice, even with access on payment, starts at once: no money will come to wait for', async () => {
    const { id: _seeded, ...course } = await planByCode('code-academy-monthly');
    const [plan] = await db.insert(plansTable).values({ ...course, code: `free-trial-${randomUUID()}`, setupFeeMinor: 0 }).returning();
    const { customerId } = await newCustomer('invoice-trial');
    const cart = cartOf([{ planId: plan!.id, quantity: 1 }], { paymentMethod: 'bank_transfer' });
    const placed = await placeOrder({ customerId, cart, paymentMethod: 'bank_transfer', now: ORDERED, settings: await invoiceShop({ invoiceAccess: 'payment' }) });
    if (!placed.ok) throw new Error(placed.error.message);
    expect((await db.select().from(orders).where(eq(orders.id, placed.value.order.id)))[0]).toMatchObject({ status: 'paid', invoiceAccess: 'order' });
    expect(await subscriptionsOf(customerId)).toMatchObject([{ status: 'trialing', planId: plan!.id }]);
    expect(await invoiceOf(placed.value.order.id)).toBeUndefined();
  });
});

describe('pay by invoice refused', () => {
  test('a shop that does not offer it refuses the order and writes nothing', async () => {
    const settings = await getShopSettings(db);
    const { placed, cart } = await orderByInvoice({ ...settings, enabledPaymentMethods: settings.enabledPaymentMethods.filter((m) => m !== 'bank_transfer') });
    expect(placed).toEqual({ ok: false, error: { field: 'cart', code: 'payment_method_not_offered', message: 'That payment method is not offered by this shop. Choose another.' } });
    expect(await db.select().from(orders).where(eq(orders.checkoutToken, cart.checkoutToken))).toEqual([]);
  });
});

/** A credit check the way a merchant runs one: a real HTTP endpoint, answering what the test says. */
type Reply = (request: IncomingMessage, response: ServerResponse, body: unknown) => void;
let server: Server;
let url: string;
let reply: Reply;
const received: unknown[] = [];
const hanging = new Set<ServerResponse>();

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = JSON.parse(raw) as unknown;
      received.push(body);
      reply(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/credit-check`;
});
afterAll(async () => {
  for (const response of hanging) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const json = (answer: unknown): Reply => (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(answer));
};

describe('the credit check', () => {
  test('allow: the order is accepted with the shop’s access; the check was told the order and the customer', async () => {
    reply = json({ decision: 'allow' });
    const { customerId, email, placed } = await orderByInvoice(await invoiceShop({ creditCheckUrl: url }));
    expect(placed).toMatchObject({ ok: true, value: { order: { invoiceAccess: 'order' } } });
    expect(await subscriptionsOf(customerId)).toMatchObject([{ status: 'active' }]);
    expect(received.at(-1)).toMatchObject({
      order: { currency: 'EUR', totalMinor: 3200, lines: [{ description: expect.stringContaining('Trendhouse'), quantity: 1, amountMinor: 3200 }] },
      customer: { id: customerId, email, name: 'Test Buyer', customerType: 'consumer', country: 'NL' },
    });
  });

  test('allow-after-payment: even with access on order, nothing starts before the money', async () => {
    reply = json({ decision: 'allow-after-payment', reason: 'new customer' });
    const { customerId, placed } = await orderByInvoice(await invoiceShop({ creditCheckUrl: url }));
    if (!placed.ok) throw new Error(placed.error.message);
    expect(await subscriptionsOf(customerId)).toEqual([]);
    expect((await db.select().from(orders).where(eq(orders.id, placed.value.order.id)))[0]).toMatchObject({ invoiceAccess: 'payment' });
    expect(await invoiceOf(placed.value.order.id)).toMatchObject({ status: 'open' });
  });

  test('refuse: a message the customer can act on, and no order, invoice number or subscription written', async () => {
    reply = json({ decision: 'refuse' });
    const { customerId, placed, cart } = await orderByInvoice(await invoiceShop({ creditCheckUrl: url }));
    expect(placed).toEqual({
      ok: false,
      error: { field: 'paymentMethod', code: 'credit_refused', message: 'Payment by invoice is not available for this order. Choose another payment method.' },
    });
    expect(await db.select().from(orders).where(eq(orders.checkoutToken, cart.checkoutToken))).toEqual([]);
    expect(await db.select().from(orders).where(eq(orders.customerId, customerId))).toEqual([]);
    expect(await subscriptionsOf(customerId)).toEqual([]);
  });

  test.each<[string, ShopSettings['creditCheckFallback'], 'order' | 'payment' | 'refused', Reply]>([
    ['no answer within the timeout', 'refuse', 'refused', (_request, response) => void hanging.add(response)],
    ['no answer within the timeout', 'allow_after_payment', 'payment', (_request, response) => void hanging.add(response)],
    ['an HTTP error', 'allow', 'order', (_request, response) => response.writeHead(500).end('down')],
    ['an answer that is not JSON', 'refuse', 'refused', (_request, response) => response.writeHead(200).end('<html>ok</html>')],
    ['an unknown decision', 'allow_after_payment', 'payment', json({ decision: 'maybe' })],
  ])('%s: the merchant’s fallback %s applies (access: %s)', async (_what, fallback, outcome, answer) => {
    reply = answer;
    const { customerId, placed } = await orderByInvoice(await invoiceShop({ creditCheckUrl: url, creditCheckTimeoutMs: 500, creditCheckFallback: fallback }));
    if (outcome === 'refused') {
      expect(placed).toMatchObject({ ok: false, error: { code: 'credit_refused' } });
      expect(await db.select().from(orders).where(eq(orders.customerId, customerId))).toEqual([]);
      return;
    }
    if (!placed.ok) throw new Error(placed.error.message);
    expect((await db.select().from(orders).where(eq(orders.id, placed.value.order.id)))[0]).toMatchObject({ invoiceAccess: outcome });
    const started = await db.select().from(subscriptions).where(inArray(subscriptions.customerId, [customerId]));
    expect(started).toHaveLength(outcome === 'order' ? 1 : 0);
  });
});
