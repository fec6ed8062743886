import { Validator } from '@seriousme/openapi-schema-validator';
import { db } from '@/db/client';
import { plans, products, shippingMethods } from '@/db/schema';
import { beforeAll, describe, expect, test } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi-document';
import { OPERATIONS } from '@/lib/api/operations';
import { callApi, ROUTE_TEMPLATES, type ApiCall } from '@/lib/api/testing/call-api';
import { responseProblems } from '@/lib/api/testing/validate-response';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';
import { clockCustomerInvoice, paidOnlineInvoice } from '@/lib/services/credit-notes/credit-note-fixtures';
import { createTestInvoice, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { loadWebhookObjects } from '@/lib/services/webhooks/webhook-objects';

/**
 * The contract: every operation of the document is called through its route handler against the
 * real database, and every answer (successes and refusals alike) must be what the document says.
 */
const called = new Set<string>();
const answers: ApiCall[] = [];
let key = '';

async function call(method: 'get' | 'post' | 'patch', path: string, options: Parameters<typeof callApi>[2] = {}) {
  const answer = await callApi(method, path, { key, ...options });
  called.add(`${method} ${answer.template}`);
  answers.push(answer);
  expect(responseProblems(answer), `${method.toUpperCase()} ${path} → ${answer.status}`).toEqual([]);
  return answer;
}

const data = (answer: ApiCall) => answer.body as Record<string, unknown> & { data: Array<Record<string, unknown>> };

let fixture: Awaited<ReturnType<typeof createTestSubscription>>;
let openInvoiceId = '';
let paidInvoiceId = '';

beforeAll(async () => {
  const owner = await createStaffUser('owner');
  const created = await createApiKey({ name: 'contract test', scope: 'write' }, { staffUserId: owner.id });
  if (!created.ok) throw new Error(created.error.message);
  key = created.value.key;
  fixture = await createTestSubscription('en');
  openInvoiceId = (await createTestInvoice('en', 'open', { customer: fixture.customer, subscriptionId: fixture.subscription.id, term: 0 })).invoice.id;
  paidInvoiceId = (await createTestInvoice('en', 'paid', { customer: fixture.customer })).invoice.id;
});

describe('the OpenAPI document', () => {
  test('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(openApiDocument())) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(openApiDocument().openapi).toBe('3.1.0');
  });

  test('is served at /api/v1/openapi.json', async () => {
    const answer = await callApi('get', '/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  });

  test('the response check catches an answer that breaks the document', () => {
    const headers = new Headers({ 'content-type': 'application/json' });
    const customer = { id: crypto.randomUUID(), object: 'customer', name: 'X', email: 'x@example.test', company_name: null, vat_id: null, customer_type: 'consumer', locale: 'en', erased: false, created_at: new Date().toISOString(), address: { line1: 'a', line2: null, postal_code: '1', city: 'c', country: 'NL' } };
    expect(responseProblems({ template: '/customers/{id}', method: 'get', status: 200, body: customer, headers })).toEqual([]);
    expect(responseProblems({ template: '/customers/{id}', method: 'get', status: 200, body: { ...customer, locale: 'fr' }, headers })).not.toEqual([]);
    expect(responseProblems({ template: '/customers/{id}', method: 'get', status: 200, body: { ...customer, name: undefined }, headers })).not.toEqual([]);
    expect(responseProblems({ template: '/customers/{id}', method: 'get', status: 418, body: customer, headers })).not.toEqual([]);
  });

  test('every operation has a route file', () => {
    for (const operation of Object.values(OPERATIONS)) expect(ROUTE_TEMPLATES).toContain(operation.path);
  });
});

describe('every operation answers as documented', () => {
  test('customers: create, list with cursors, get, update', async () => {
    const email = `api-contract-${crypto.randomUUID()}@example.test`;
    const created = await call('post', '/customers', {
      body: { name: 'Contract Customer', email, address: { line1: 'Apiweg 1', postal_code: '1011 AA', city: 'Amsterdam', country: 'NL' } },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({ object: 'customer', email, address: { city: 'Amsterdam' }, locale: 'en' });

    const first = await call('get', '/customers?limit=1');
    expect(data(first).data).toHaveLength(1);
    expect(data(first).has_more).toBe(true);
    const second = await call('get', `/customers?limit=1&starting_after=${encodeURIComponent(String(data(first).next_cursor))}`);
    expect(data(second).data[0]!.id).not.toBe(data(first).data[0]!.id);

    const byEmail = await call('get', `/customers?email=${encodeURIComponent(email)}`);
    expect(data(byEmail).data.map((c) => c.id)).toEqual([id]);

    expect((await call('get', `/customers/${id}`)).body).toMatchObject({ id, name: 'Contract Customer' });
    const updated = await call('post', `/customers/${id}`, { body: { name: 'Renamed Customer', address: { city: 'Utrecht' } } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Renamed Customer', address: { city: 'Utrecht', line1: 'Apiweg 1' } });
  });

  test('subscriptions: list by customer and status, get, cancel at period end and now', async () => {
    const listed = await call('get', `/subscriptions?customer=${fixture.customer.id}&status=active`);
    expect(data(listed).data.map((s) => s.id)).toEqual([fixture.subscription.id]);
    expect((await call('get', `/subscriptions/${fixture.subscription.id}`)).body).toMatchObject({ status: 'active', plan: fixture.plan.id });

    const atEnd = await call('post', `/subscriptions/${fixture.subscription.id}/cancel`, { body: { at: 'period_end' } });
    expect(atEnd.status).toBe(200);
    expect(atEnd.body).toMatchObject({ cancel_at_period_end: true, status: 'active' });
    const twice = await call('post', `/subscriptions/${fixture.subscription.id}/cancel`, { body: {} });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { type: 'conflict_error', code: 'already_scheduled' } });

    const other = await createTestSubscription('en');
    const now = await call('post', `/subscriptions/${other.subscription.id}/cancel`, { body: { at: 'now' } });
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ status: 'ended' });
    expect((now.body as { ended_at: string | null }).ended_at).not.toBeNull();
  });

  test('subscriptions: start on invoice, preview and change the plan, pause and resume', async () => {
    const own = await createTestSubscription('en');
    const [plus] = await db
      .insert(plans)
      .values({ productId: own.product.id, code: `plus-${crypto.randomUUID()}`, name: 'Plus', intervalUnit: 'month', intervalCount: 1, priceMinor: 6400, currency: 'EUR', taxRateBp: 900 })
      .returning();
    const started = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: own.plan.id, collection: 'send_invoice' } });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ object: 'subscription', customer: own.customer.id, plan: own.plan.id, status: 'active', quantity: 1 });
    const id = (started.body as { id: string }).id;
    const firstInvoice = await call('get', `/invoices?customer=${own.customer.id}&status=open&limit=100`);
    expect(data(firstInvoice).data.filter((i) => i.subscription === id)).toMatchObject([{ total: 3200, amount_paid: 0 }]);

    const noMethod = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: own.plan.id } });
    expect(noMethod.status).toBe(422);
    expect(noMethod.body).toMatchObject({ error: { code: 'no_payment_method', param: 'collection' } });
    const badCoupon = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: own.plan.id, coupon: 'NO-SUCH-CODE', collection: 'send_invoice' } });
    expect(badCoupon.status).toBe(422);
    expect(badCoupon.body).toMatchObject({ error: { param: 'coupon' } });
    const nobody = await call('post', '/subscriptions', { body: { customer: crypto.randomUUID(), plan: own.plan.id, collection: 'send_invoice' } });
    expect(nobody.status).toBe(404);

    const preview = await call('post', `/subscriptions/${id}/plan_change_preview`, { body: { plan: plus!.id } });
    expect(preview.status).toBe(200);
    const total = (preview.body as { total: number }).total;
    expect(preview.body).toMatchObject({ object: 'plan_change_preview', timing: 'now', plan: plus!.id, quantity: 1 });
    expect(total).toBeGreaterThan(0);
    const sameAgain = await call('post', `/subscriptions/${id}/plan_change_preview`, { body: { plan: own.plan.id } });
    expect(sameAgain.status).toBe(422);
    expect(sameAgain.body).toMatchObject({ error: { code: 'no_change', param: 'plan' } });

    const stale = await call('post', `/subscriptions/${id}/plan_change`, { body: { plan: plus!.id, expected_total: total + 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'preview_changed' } });
    expect((await call('get', `/subscriptions/${id}`)).body).toMatchObject({ plan: own.plan.id });
    const changed = await call('post', `/subscriptions/${id}/plan_change`, { body: { plan: plus!.id, expected_total: total } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ object: 'plan_change', timing: 'now', plan: plus!.id, total });
    expect((await call('get', `/subscriptions/${id}`)).body).toMatchObject({ plan: plus!.id, unit_amount: 6400 });

    const paused = await call('post', `/subscriptions/${id}/pause`, { body: { terms: 1 } });
    expect(paused.status).toBe(200);
    const pausedTwice = await call('post', `/subscriptions/${id}/pause`, { body: {} });
    expect(pausedTwice.status).toBe(409);
    expect(pausedTwice.body).toMatchObject({ error: { code: 'already_paused' } });
    expect((await call('post', `/subscriptions/${id}/resume`, { body: {} })).status).toBe(200);
    const notPaused = await call('post', `/subscriptions/${id}/resume`, { body: {} });
    expect(notPaused.status).toBe(409);
    expect(notPaused.body).toMatchObject({ error: { code: 'not_paused' } });
  });

  test('subscriptions: start charged on the customer’s stored method', async () => {
    const own = await createTestSubscription('en', { mandate: true });
    const started = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: own.plan.id, quantity: 2 } });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'active', quantity: 2 });
    const id = (started.body as { id: string }).id;
    const invoices = await call('get', `/invoices?subscription=${id}`);
    expect(data(invoices).data).toMatchObject([{ total: 6400, amount_paid: 6400, status: 'paid' }]);
    const charged = await call('get', `/payments?invoice=${String(data(invoices).data[0]!.id)}`);
    expect(data(charged).data).toMatchObject([{ source: 'autopay', status: 'paid', amount: 6400 }]);
  });

  test('subscriptions: update in place (collection, a stop called off); plan and quantity point to the plan change', async () => {
    const own = await createTestSubscription('en', { mandate: true });
    const started = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: own.plan.id, collection: 'send_invoice' } });
    expect(started.body).toMatchObject({ collection: 'send_invoice' });
    const id = (started.body as { id: string }).id;

    const headers = { 'idempotency-key': crypto.randomUUID() };
    const charged = await call('patch', `/subscriptions/${id}`, { body: { collection: 'charge_automatically' }, headers });
    expect(charged.status).toBe(200);
    expect(charged.body).toMatchObject({ id, collection: 'charge_automatically' });
    const replayed = await call('patch', `/subscriptions/${id}`, { body: { collection: 'charge_automatically' }, headers });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');

    expect((await call('post', `/subscriptions/${id}/cancel`, { body: { at: 'period_end' } })).body).toMatchObject({ cancel_at_period_end: true });
    const undone = await call('patch', `/subscriptions/${id}`, { body: { cancel_at_period_end: false } });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ cancel_at_period_end: false, canceled_at: null, status: 'active' });
    const nothingToUndo = await call('patch', `/subscriptions/${id}`, { body: { cancel_at_period_end: false, collection: 'send_invoice' } });
    expect(nothingToUndo.status).toBe(409);
    expect(nothingToUndo.body).toMatchObject({ error: { code: 'not_scheduled' } });
    // All or nothing: the collection asked with the refused undo did not change.
    expect((await call('get', `/subscriptions/${id}`)).body).toMatchObject({ collection: 'charge_automatically' });

    const quantity = await call('patch', `/subscriptions/${id}`, { body: { quantity: 3 } });
    expect(quantity.status).toBe(422);
    expect(quantity.body).toMatchObject({ error: { code: 'use_plan_change', param: 'quantity' } });
    expect((quantity.body as { error: { message: string } }).error.message).toContain('/plan_change');
    const stop = await call('patch', `/subscriptions/${id}`, { body: { cancel_at_period_end: true } });
    expect(stop.status).toBe(422);
    expect(stop.body).toMatchObject({ error: { param: 'cancel_at_period_end' } });
    expect((await call('patch', `/subscriptions/${crypto.randomUUID()}`, { body: {} })).status).toBe(404);

    const noMethod = await createTestSubscription('en');
    const refused = await call('patch', `/subscriptions/${noMethod.subscription.id}`, { body: { collection: 'charge_automatically' } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: { code: 'no_payment_method', param: 'collection' } });
  });

  test('subscriptions: a shipped plan needs a shipping_method', async () => {
    const own = await createTestSubscription('en');
    const tag = crypto.randomUUID();
    const [product] = await db.insert(products).values({ slug: `box-${tag}`, name: 'Box', kind: 'physical' }).returning();
    const [plan] = await db
      .insert(plans)
      .values({ productId: product!.id, code: `box-${tag}`, name: 'Box', intervalUnit: 'month', intervalCount: 1, priceMinor: 2500, currency: 'EUR', taxRateBp: 900 })
      .returning();
    const [method] = await db.insert(shippingMethods).values({ name: `Post ${tag}`, priceMinor: 495, currency: 'EUR' }).returning();
    const missing = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: plan!.id, collection: 'send_invoice' } });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ error: { code: 'shipping_method_required', param: 'shipping_method' } });
    const started = await call('post', '/subscriptions', { body: { customer: own.customer.id, plan: plan!.id, collection: 'send_invoice', shipping_method: method!.id } });
    expect(started.status).toBe(201);
    const invoices = await call('get', `/invoices?subscription=${(started.body as { id: string }).id}`);
    expect(data(invoices).data).toMatchObject([{ total: 2500 + 495 }]);
  });

  test('a webhook carries each object exactly as the API answers it', async () => {
    const objects = await loadWebhookObjects([
      { type: 'customer', id: fixture.customer.id },
      { type: 'subscription', id: fixture.subscription.id },
      { type: 'invoice', id: paidInvoiceId },
    ]);
    expect(objects.get(`customer:${fixture.customer.id}`)!.data).toEqual((await call('get', `/customers/${fixture.customer.id}`)).body);
    expect(objects.get(`subscription:${fixture.subscription.id}`)!.data).toEqual((await call('get', `/subscriptions/${fixture.subscription.id}`)).body);
    const { lines, ...invoice } = (await call('get', `/invoices/${paidInvoiceId}`)).body as Record<string, unknown>;
    expect(lines).toBeDefined();
    expect(objects.get(`invoice:${paidInvoiceId}`)!.data).toEqual(invoice);
  });

  test('catalog: products, plans and coupons', async () => {
    const products = await call('get', '/products?limit=100');
    expect(data(products).data.length).toBeGreaterThan(0);
    expect((await call('get', `/products/${fixture.product.id}`)).body).toMatchObject({ object: 'product', name: 'Trendhouse' });
    const plans = await call('get', `/plans?product=${fixture.product.id}`);
    expect(data(plans).data.map((p) => p.id)).toEqual([fixture.plan.id]);
    const plan = await call('get', `/plans/${fixture.plan.id}`);
    expect(plan.body).toMatchObject({ amount: 3200, currency: 'EUR', interval: 'month', interval_count: 1 });
    const pageOne = await call('get', '/plans?limit=1');
    if (data(pageOne).has_more) await call('get', `/plans?limit=1&starting_after=${encodeURIComponent(String(data(pageOne).next_cursor))}`);
    const coupons = await call('get', '/coupons?limit=100');
    const coupon = data(coupons).data[0];
    if (coupon) expect((await call('get', `/coupons/${String(coupon.id)}`)).body).toMatchObject({ object: 'coupon' });
    else await call('get', `/coupons/${crypto.randomUUID()}`);
  });

  test('invoices: list, get with lines, PDF, e-invoice, register a payment', async () => {
    const listed = await call('get', `/invoices?customer=${fixture.customer.id}&status=open`);
    expect(data(listed).data.map((i) => i.id)).toEqual([openInvoiceId]);
    const invoice = await call('get', `/invoices/${openInvoiceId}`);
    expect(invoice.body).toMatchObject({ total: 3200, tax: 264, lines: [{ kind: 'plan', amount: 3200, tax_rate_bp: 900 }] });

    const pdf = await call('get', `/invoices/${openInvoiceId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(String(pdf.body).startsWith('%PDF')).toBe(true);
    const einvoice = await call('get', `/invoices/${openInvoiceId}/einvoice`);
    expect(einvoice.status).toBe(200);
    expect(String(einvoice.body)).toContain('<Invoice');

    const paid = await call('post', `/invoices/${openInvoiceId}/payments`, { body: { amount: 1200, currency: 'EUR', paid_on: '2026-03-05' } });
    expect(paid.status).toBe(201);
    expect(paid.body).toMatchObject({ object: 'payment', amount: 1200, invoice: openInvoiceId, source: 'manual', status: 'paid' });
    expect((await call('get', `/invoices/${openInvoiceId}`)).body).toMatchObject({ amount_paid: 1200, status: 'open' });

    const otherCurrency = await call('post', `/invoices/${openInvoiceId}/payments`, { body: { amount: 100, currency: 'USD', paid_on: '2026-03-05' } });
    expect(otherCurrency.status).toBe(422);
    expect(otherCurrency.body).toMatchObject({ error: { param: 'currency' } });

    const future = await call('post', `/invoices/${openInvoiceId}/payments`, { body: { amount: 100, currency: 'EUR', paid_on: '3450-01-01' } });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ error: { param: 'paid_on' } });
  });

  test('payments, credit notes and events', async () => {
    const payments = await call('get', `/payments?customer=${fixture.customer.id}`);
    const payment = data(payments).data[0]!;
    expect((await call('get', `/payments/${String(payment.id)}`)).body).toMatchObject({ customer: fixture.customer.id });

    const note = await call('post', '/credit_notes', { body: { invoice: paidInvoiceId, amount: 500, reason: 'Goodwill', disposition: 'balance' } });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ object: 'credit_note', invoice: paidInvoiceId, total: 500, disposition: 'balance' });
    const notes = await call('get', `/credit_notes?invoice=${paidInvoiceId}`);
    expect(data(notes).data.map((n) => n.id)).toEqual([(note.body as { id: string }).id]);
    await call('get', `/credit_notes/${(note.body as { id: string }).id}`);
    const tooMuch = await call('post', '/credit_notes', { body: { invoice: paidInvoiceId, amount: 999_999, reason: 'Too much', disposition: 'balance' } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ error: { param: 'amount' } });

    const events = await call('get', '/events?limit=5');
    const event = data(events).data[0];
    expect(event).toBeDefined();
    expect((await call('get', `/events/${String(event!.id)}`)).body).toMatchObject({ id: event!.id, object: 'event' });
    const filtered = await call('get', `/events?type=${encodeURIComponent(String(event!.type))}&limit=3`);
    expect(data(filtered).data.every((e) => e.type === event!.type)).toBe(true);
  });

  test('invoices: void by a credit note; payments: refund through the provider', async () => {
    const { invoice: open } = await createTestInvoice('en', 'open');
    const voided = await call('post', `/invoices/${open.id}/void`, { body: { reason: 'Sent by mistake' } });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ id: open.id, status: 'void', amount_credited: 3200, amount_paid: 0 });
    const notes = await call('get', `/credit_notes?invoice=${open.id}`);
    expect(data(notes).data).toMatchObject([{ total: 3200, disposition: 'reduce_open', reason: 'Sent by mistake' }]);
    const again = await call('post', `/invoices/${open.id}/void`, { body: {} });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { type: 'conflict_error', code: 'not_creditable' } });

    const { payment, invoice: paid } = await paidOnlineInvoice();
    const tooMuch = await call('post', `/payments/${payment.id}/refunds`, { body: { amount: 999_999 } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body).toMatchObject({ error: { param: 'amount' } });
    const part = await call('post', `/payments/${payment.id}/refunds`, { body: { amount: 1000, reason: 'Damaged' } });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ object: 'refund', payment: payment.id, amount: 1000, currency: 'EUR', status: 'refunded' });
    const rest = await call('post', `/payments/${payment.id}/refunds`, { body: {} });
    expect(rest.body).toMatchObject({ amount: 2200, status: 'refunded' });
    const none = await call('post', `/payments/${payment.id}/refunds`, { body: {} });
    expect(none.status).toBe(422);
    expect(none.body).toMatchObject({ error: { code: 'not_refundable' } });
    expect((await call('get', `/invoices/${paid.id}`)).body).toMatchObject({ amount_credited: 3200 });
    const manual = await call('post', `/payments/${crypto.randomUUID()}/refunds`, { body: {} });
    expect(manual.status).toBe(404);
  });

  test('a test clock’s objects are not there for the API', async () => {
    const { customer, invoice } = await clockCustomerInvoice('open');
    expect((await call('get', `/customers/${customer.id}`)).status).toBe(404);
    expect((await call('get', `/invoices/${invoice.id}`)).status).toBe(404);
    expect((await call('get', `/invoices/${invoice.id}/pdf`)).status).toBe(404);
    const listed = await call('get', `/invoices?customer=${customer.id}`);
    expect(data(listed).data).toEqual([]);
    const paid = await call('post', `/invoices/${invoice.id}/payments`, { body: { amount: 100, currency: 'EUR', paid_on: '2026-03-05' } });
    expect(paid.status).toBe(404);
    const credited = await call('post', '/credit_notes', { body: { invoice: invoice.id, amount: 'full', reason: 'Simulation' } });
    expect(credited.status).toBe(404);
    expect(credited.body).toMatchObject({ error: { type: 'not_found_error', param: 'invoice' } });
  });
});

// Last, after the operations above (vitest runs a file's tests in order).
test('every documented operation was called and checked', () => {
  const documented = Object.values(OPERATIONS).map((operation) => `${operation.method} ${operation.path}`);
  expect(documented.filter((operation) => !called.has(operation))).toEqual([]);
  expect(answers.length).toBeGreaterThan(documented.length);
});
