import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { customers, webhookAttempts, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { registerCustomer } from '@/lib/services/customers/register-customer';
import { createTestCustomer, createTestSubscription } from '@/lib/services/email/test-fixtures';
import { relayEvents } from '@/lib/services/events/relay-events';
import { eraseCustomer } from '@/lib/services/privacy/erase-customer';
import { stopSubscriptionNow } from '@/lib/services/subscriptions/stop-subscription-now';
import { createTestClock } from '@/lib/services/test-clocks/create-test-clock';
import { DOMAIN_EVENT_NAMES } from '@/lib/validations/events';
import { WEBHOOK_EVENT_OF_DOMAIN_EVENT, WEBHOOK_EVENT_TYPES, webhookEventOf } from '@/lib/validations/webhook-events';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deliverWebhooks } from './deliver-webhooks';
import { fanOutWebhooks } from './fan-out-webhooks';
import { startTestReceiver } from './webhook-test-receiver';

describe('the public event types', () => {
  test('every public type has a domain event that becomes it, and each mapping reads its object id', () => {
    const mapped = new Set(Object.values(WEBHOOK_EVENT_OF_DOMAIN_EVENT).map((mapping) => mapping.type));
    expect([...WEBHOOK_EVENT_TYPES].filter((type) => !mapped.has(type))).toEqual([]);
    const id = randomUUID();
    expect(webhookEventOf('subscription/paused', { subscriptionId: id })).toEqual({ type: 'subscription.paused', object: 'subscription', objectId: id, subscriptionId: id });
    expect(webhookEventOf('billing/invoice.paid', { invoiceId: id, subscriptionId: null })).toMatchObject({ type: 'invoice.paid', objectId: id, subscriptionId: null });
    expect(webhookEventOf('shop/order.paid', { orderId: id })).toBeNull();
  });

  test('the recorded domain events meant for merchants are all mapped', () => {
    const internal = new Set(['shop/order.paid', 'billing/subscription.changed', 'subscription/stop.undone', 'subscription/retention.accepted']);
    expect(DOMAIN_EVENT_NAMES.filter((name) => !internal.has(name) && !WEBHOOK_EVENT_OF_DOMAIN_EVENT[name])).toEqual([]);
  });
});

describe('events recorded by the services reach an endpoint', () => {
  let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
  let endpointId: string;
  beforeAll(async () => {
    receiver = await startTestReceiver();
    const owner = await createStaffUser('owner');
    const created = await createWebhookEndpoint(
      { url: receiver.url('/services'), description: null, eventTypes: ['customer.created', 'customer.updated', 'subscription.ended', 'subscription.canceled'] },
      { staffUserId: owner.id, now: new Date() },
    );
    if (!created.ok) throw new Error(created.error.message);
    endpointId = created.value.endpoint.id;
    receiver.trust('/services', created.value.secret);
  });
  afterAll(async () => {
    // NOTE: real time, so other tests' events may reach this endpoint meanwhile: the assertions
    // look for this file's objects only, and the endpoint is switched off at the end.
    await db.update(webhookEndpoints).set({ enabled: false }).where(eq(webhookEndpoints.id, endpointId));
    await receiver.close();
  });

  const about = (id: string) => receiver.at('/services').filter((message) => message.body.data.id === id);

  test('a registration: customer.created with the customer as it is', async () => {
    const email = `webhook-${randomUUID()}@example.test`;
    const registered = await registerCustomer(
      { email, name: 'Hook Receiver', password: 'a long password', companyName: null, vatId: null, addressLine1: 'Dam 1', addressLine2: null, postalCode: '1012 JS', city: 'Amsterdam', country: 'NL', locale: 'nl' },
      { requirePassword: true },
    );
    if (!registered.ok) throw new Error(registered.error.message);
    await relayEvents({ subjectIds: [registered.value.customerId], deliver: async () => new Map() });
    await deliverWebhooks({ endpointIds: [endpointId] });
    // A nudge may have sent it in the background already (any process's): wait for it either way.
    await expect.poll(() => about(registered.value.customerId).length).toBe(1);
    expect(about(registered.value.customerId)).toEqual([
      expect.objectContaining({ verifiedWith: [expect.any(String)], body: expect.objectContaining({ type: 'customer.created', data: expect.objectContaining({ email, locale: 'nl' }) }) }),
    ]);

    // Erased on request: integrations hear of it, and the webhook log forgets the details.
    const staff = await createStaffUser('admin');
    const erased = await eraseCustomer({ customerId: registered.value.customerId, staffUserId: staff.id, now: new Date() });
    if (!erased.ok) throw new Error(erased.error);
    await relayEvents({ subjectIds: [registered.value.customerId], deliver: async () => new Map() });
    await deliverWebhooks({ endpointIds: [endpointId] });
    await expect.poll(() => about(registered.value.customerId).length).toBe(2);
    expect(about(registered.value.customerId)[1]!.body).toMatchObject({ type: 'customer.updated', data: { erased: true } });
    expect(about(registered.value.customerId)[1]!.body.data.email).not.toBe(email);
    const bodies = await db
      .select({ body: webhookAttempts.requestBody })
      .from(webhookAttempts)
      .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
      .where(eq(webhookDeliveries.objectId, registered.value.customerId));
    expect(bodies.some((row) => row.body.includes(email))).toBe(false);
    expect(bodies.map((row) => row.body)).toContain('(erased)');
  });

  test('a subscription stopped by staff: subscription.ended', async () => {
    const { subscription } = await createTestSubscription();
    const stopped = await stopSubscriptionNow({ subscriptionId: subscription.id, staffUserId: null, now: new Date() });
    if (!stopped.ok) throw new Error(stopped.error);
    await relayEvents({ subjectIds: [subscription.id], deliver: async () => new Map() });
    await deliverWebhooks({ endpointIds: [endpointId] });
    await expect.poll(() => about(subscription.id).length).toBe(1);
    expect(about(subscription.id).map((message) => message.body.type)).toEqual(['subscription.ended']);
    expect(about(subscription.id)[0]!.body.data).toMatchObject({ object: 'subscription', ended_at: expect.any(String) });
  });

  test('a test clock’s simulated customer is never sent', async () => {
    const clock = await createTestClock({ name: `webhooks ${randomUUID()}`, startAt: new Date('3502-01-01T00:00:00Z') });
    const created = await createTestCustomer();
    const [customer] = await db.update(customers).set({ testClockId: clock.id }).where(eq(customers.id, created.id)).returning();
    const eventId = timeOrderedId();
    const queued = await fanOutWebhooks([{ id: eventId, name: 'customer/created', payload: { customerId: customer!.id }, occurredAt: new Date() }], new Date());
    expect(queued).toBe(0);
    expect(await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.eventId, eventId)))).toEqual([]);
  });
});
