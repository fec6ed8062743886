import { expect, type Page } from '@playwright/test';
import { createKadensClient } from '../../lib/api/client/create-kadens-client';
import { createApiKeyInDashboard, findPlanByCode } from './integrations';

/**
 * `count` subscribers of Trendhouse monthly named "<tag> NN", started one after another through
 * the public REST API, as a merchant's import of existing subscribers would (customer, then a
 * subscription whose first invoice is sent). `page` is the owner, signed in: the API key is made
 * in the dashboard. Answers the first subscriber's invoice number.
 */
export async function importListRows(page: Page, baseUrl: string, tag: string, count: number): Promise<{ invoiceNumber: string }> {
  const api = createKadensClient({ baseUrl, apiKey: await createApiKeyInDashboard(page, `Import ${tag}`, 'write') });
  const monthly = await findPlanByCode(api, 'trendhouse-monthly');
  let firstSubscription = '';
  for (let i = 1; i <= count; i += 1) {
    const name = `${tag} ${String(i).padStart(2, '0')}`;
    const once = { header: { 'Idempotency-Key': crypto.randomUUID() } };
    const customer = await api.POST('/customers', {
      body: { name, email: `${tag.toLowerCase()}-${i}@example.test`, address: { line1: 'Liststraat 1', postal_code: '1000 AA', city: 'Amsterdam', country: 'NL' } },
      params: once,
    });
    expect(customer.response.status).toBe(201);
    const started = await api.POST('/subscriptions', {
      body: { customer: customer.data!.id, plan: monthly.id, collection: 'send_invoice' },
      params: { header: { 'Idempotency-Key': crypto.randomUUID() } },
    });
    expect(started.response.status).toBe(201);
    if (i === 1) firstSubscription = started.data!.id;
  }
  const invoices = await api.GET('/invoices', { params: { query: { subscription: firstSubscription } } });
  const invoiceNumber = invoices.data?.data[0]?.number;
  if (!invoiceNumber) throw new Error(`The first subscriber of ${tag} has no numbered invoice`);
  return { invoiceNumber };
}
