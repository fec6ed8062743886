import { expect, test } from '@playwright/test';
import { webhookTestIds } from '../../components/webhooks/test-ids';
import { createKadensClient } from '../../lib/api/client/create-kadens-client';
import { startTestReceiver } from '../../lib/services/webhooks/webhook-test-receiver';
import { uniqueEmail } from '../support/checkout';
import { createApiKeyInDashboard, findPlanByCode, registerWebhookEndpoint } from '../support/integrations';
import { MERCHANT, signInWithPassword } from '../support/sign-in';

/**
 * An integration end to end, as a CRM would run it against the shop: a customer and a
 * subscription started over the API with idempotency keys (a retry replays the first answer),
 * the customer's subscriptions paged by cursor, an upgrade previewed and confirmed at the
 * previewed amount, and every change arriving at the integration's receiver signed per Standard
 * Webhooks (checked there with the reference `standardwebhooks` library), in the API's own shapes.
 */
test('an integration starts and upgrades a subscription over the API and receives it all as signed webhooks', async ({ page, baseURL }) => {
  const receiver = await startTestReceiver();
  try {
    await signInWithPassword(page, MERCHANT, '/dashboard');
    const endpointUrl = receiver.url('/crm');
    const secret = await registerWebhookEndpoint(page, endpointUrl, 'API flow');
    receiver.trust('/crm', secret);
    const api = createKadensClient({ baseUrl: baseURL!, apiKey: await createApiKeyInDashboard(page, `API flow ${Date.now()}`, 'write') });
    const once = () => ({ header: { 'Idempotency-Key': crypto.randomUUID() } });

    const email = uniqueEmail('api-flow');
    const customer = await api.POST('/customers', {
      body: { name: 'Flow Customer', email, address: { line1: 'Apiweg 2', postal_code: '1011 AA', city: 'Amsterdam', country: 'NL' } },
      params: once(),
    });
    expect(customer.response.status).toBe(201);
    const customerId = customer.data!.id;
    const monthly = await findPlanByCode(api, 'trendhouse-monthly');

    // Started with an idempotency key; the retry (a timeout, say) gets the same subscription back.
    const start = { customer: customerId, plan: monthly.id, collection: 'send_invoice' as const };
    const key = once();
    const created = await api.POST('/subscriptions', { body: start, params: key });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ object: 'subscription', customer: customerId, plan: monthly.id, status: 'active', quantity: 1, unit_amount: 3200 });
    const replayed = await api.POST('/subscriptions', { body: start, params: key });
    expect(replayed.response.status).toBe(201);
    expect(replayed.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.data).toEqual(created.data);
    const subscriptionId = created.data!.id;
    // Its first invoice is open and sent, not paid.
    const firstInvoice = await api.GET('/invoices', { params: { query: { subscription: subscriptionId } } });
    expect(firstInvoice.data!.data).toMatchObject([{ status: 'open', total: 3200, amount_paid: 0 }]);

    // A second one (a new key: a new request); the customer's subscriptions in pages of one.
    const another = await api.POST('/subscriptions', { body: start, params: once() });
    expect(another.data!.id).not.toBe(subscriptionId);
    const first = await api.GET('/subscriptions', { params: { query: { customer: customerId, limit: 1 } } });
    expect(first.data!.has_more).toBe(true);
    const second = await api.GET('/subscriptions', { params: { query: { customer: customerId, limit: 1, starting_after: first.data!.next_cursor! } } });
    expect(second.data!.has_more).toBe(false);
    expect([...first.data!.data, ...second.data!.data].map((s) => s.id).sort()).toEqual([subscriptionId, another.data!.id].sort());

    // Two copies from now on: previewed, then confirmed at the amount the preview showed.
    const path = { id: subscriptionId };
    const preview = await api.POST('/subscriptions/{id}/plan_change_preview', { params: { path }, body: { plan: monthly.id, quantity: 2 } });
    expect(preview.response.status).toBe(200);
    expect(preview.data).toMatchObject({ object: 'plan_change_preview', timing: 'now', quantity: 2, currency: 'EUR', term_amount: 6400 });
    const total = preview.data!.total;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(3200);
    const stale = await api.POST('/subscriptions/{id}/plan_change', { params: { path }, body: { plan: monthly.id, quantity: 2, expected_total: total + 1 } });
    expect(stale.response.status).toBe(409);
    expect(stale.error?.error.code).toBe('preview_changed');
    const changed = await api.POST('/subscriptions/{id}/plan_change', { params: { ...once(), path }, body: { plan: monthly.id, quantity: 2, expected_total: total } });
    expect(changed.response.status).toBe(200);
    expect(changed.data).toMatchObject({ object: 'plan_change', timing: 'now', quantity: 2, total });
    const proration = await api.GET('/invoices/{id}', { params: { path: { id: changed.data!.invoice! } } });
    expect(proration.data).toMatchObject({ status: 'open', total, subscription: subscriptionId });
    expect((await api.GET('/subscriptions/{id}', { params: { path } })).data).toMatchObject({ quantity: 2 });

    // At the receiver: each event once per webhook-id, signed with the endpoint's secret, with the
    // object as the API answers it now.
    const about = (id: string) => receiver.at('/crm').filter((message) => message.body.data.id === id);
    const typesOf = (id: string) => [...new Set(about(id).map((message) => message.body.type))].sort();
    await expect.poll(() => typesOf(customerId), { timeout: 90_000 }).toEqual(['customer.created']);
    await expect.poll(() => typesOf(subscriptionId), { timeout: 90_000 }).toEqual(['subscription.changed', 'subscription.created']);
    await expect.poll(() => typesOf(firstInvoice.data!.data[0]!.id), { timeout: 90_000 }).toEqual(['invoice.finalized']);
    for (const message of [...about(customerId), ...about(subscriptionId)]) expect(message.verifiedWith).toEqual([secret]);
    const now = (await api.GET('/subscriptions/{id}', { params: { path } })).data;
    expect(about(subscriptionId).find((message) => message.body.type === 'subscription.changed')!.body.data).toEqual(now);
    expect(about(customerId)[0]!.body.data).toMatchObject({ object: 'customer', id: customerId, email });

    // Done: the owner deletes the endpoint (asked first); nothing more is sent to it.
    await page.goto('/dashboard/webhooks');
    const row = page.getByTestId(webhookTestIds.endpointRow).filter({ hasText: endpointUrl });
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByTestId(webhookTestIds.remove).click();
    await expect(page.getByTestId(webhookTestIds.endpointRow).filter({ hasText: endpointUrl })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
