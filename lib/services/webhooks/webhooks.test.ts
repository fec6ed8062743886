import { randomUUID } from 'node:crypto';
import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { domainEvents, emailOutbox, webhookAttempts, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestSubscription } from '@/lib/services/email/test-fixtures';
import { relayEvents } from '@/lib/services/events/relay-events';
import type { WebhookEventType } from '@/lib/validations/webhook-events';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deliverWebhooks } from './deliver-webhooks';
import { purgeWebhookBodies } from './purge-webhook-bodies';
import { replayWebhookDelivery } from './replay-webhook-delivery';
import { rotateWebhookSecret } from './rotate-webhook-secret';
import { setWebhookEndpointEnabled } from './set-webhook-endpoint-enabled';
import { startTestReceiver } from './webhook-test-receiver';

// Far-future dates of this file only: no other test's relay or sweep picks up these rows.
const T0 = new Date('3500-01-10T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(T0.getTime() + ms);

let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
let owner: { id: string };
const endpointIds: string[] = [];

beforeAll(async () => {
  receiver = await startTestReceiver();
  owner = await createStaffUser('owner');
});
afterAll(async () => {
  if (endpointIds.length > 0) await db.update(webhookEndpoints).set({ enabled: false }).where(inArray(webhookEndpoints.id, endpointIds));
  await receiver.close();
});

/** An endpoint at the receiver's `path`, trusted there with its secret. */
async function endpoint(path: string, eventTypes: WebhookEventType[] = ['subscription.canceled', 'subscription.changed'], now = T0) {
  const created = await createWebhookEndpoint({ url: receiver.url(path), description: null, eventTypes }, { staffUserId: owner.id, now });
  if (!created.ok) throw new Error(created.error.message);
  endpointIds.push(created.value.endpoint.id);
  receiver.trust(path, created.value.secret);
  return created.value;
}

/** A domain event about a subscription, dated in this file's years, relayed as the relay does. */
async function subscriptionEvent(subscriptionId: string, now: Date, name: 'subscription/stop.scheduled' | 'subscription/changed' = 'subscription/stop.scheduled') {
  const id = timeOrderedId();
  const payload = name === 'subscription/stop.scheduled' ? { subscriptionId, customerId: randomUUID(), endsAt: now.toISOString(), reason: 'other' } : { subscriptionId };
  await db.insert(domainEvents).values({
    id,
    name: name as 'subscription/stop.scheduled',
    payload,
    subjectType: 'subscription',
    subjectId: subscriptionId,
    occurredAt: now,
    nextAttemptAt: new Date(now.getTime() + DAY),
  });
  // The relay fans the event out to the webhooks; the reactions themselves are not this test's.
  await relayEvents({ subjectIds: [subscriptionId], now, deliver: async () => new Map() });
  return id;
}

const deliveryOf = async (endpointId: string, eventId: string) =>
  (await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.eventId, eventId))))[0]!;

describe('delivery', () => {
  test('a subscription event reaches the endpoint signed per Standard Webhooks, with the subscription as it is now', async () => {
    const { endpoint: hook } = await endpoint('/signed');
    const { subscription } = await createTestSubscription();
    const eventId = await subscriptionEvent(subscription.id, T0);

    const report = await deliverWebhooks({ now: T0, endpointIds: [hook.id] });

    expect(report).toMatchObject({ succeeded: 1, failed: 0 });
    const [message] = receiver.at('/signed');
    expect(message).toMatchObject({
      id: eventId,
      verifiedWith: [expect.stringMatching(/^whsec_/)],
      body: { type: 'subscription.canceled', timestamp: T0.toISOString(), data: { object: 'subscription', id: subscription.id, status: 'active' } },
    });
    const delivery = await deliveryOf(hook.id, eventId);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 1, lastResponseStatus: 200 });
    const attempts = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    expect(attempts).toEqual([expect.objectContaining({ responseStatus: 200, responseBody: 'thanks', latencyMs: expect.any(Number) })]);
    expect(JSON.parse(attempts[0]!.requestBody)).toEqual(message!.body);
  });

  test('an event type the endpoint did not ask for is not sent to it', async () => {
    const { endpoint: hook } = await endpoint('/only-changes', ['subscription.changed']);
    const { subscription } = await createTestSubscription();
    await subscriptionEvent(subscription.id, T0);
    await deliverWebhooks({ now: T0, endpointIds: [hook.id] });
    expect(receiver.at('/only-changes')).toEqual([]);
  });

  test('after a rotation both secrets sign for 24 hours, then only the new one', async () => {
    const { endpoint: hook, secret: oldSecret } = await endpoint('/rotate');
    const { secret: newSecret } = await rotateWebhookSecret({ endpointId: hook.id, staffUserId: owner.id, now: T0 });
    receiver.trust('/rotate', oldSecret, newSecret);
    const { subscription } = await createTestSubscription();

    await subscriptionEvent(subscription.id, at(HOUR));
    await deliverWebhooks({ now: at(HOUR), endpointIds: [hook.id] });
    await subscriptionEvent(subscription.id, at(25 * HOUR));
    await deliverWebhooks({ now: at(25 * HOUR), endpointIds: [hook.id] });

    expect(receiver.at('/rotate').map((m) => m.verifiedWith)).toEqual([[oldSecret, newSecret], [newSecret]]);
  });
});

describe('retries', () => {
  test('a failing receiver is retried with growing, jittered delays for about three days, then given up', async () => {
    const { endpoint: hook } = await endpoint('/down');
    receiver.answer('/down', () => ({ status: 500 }));
    const { subscription } = await createTestSubscription();
    const eventId = await subscriptionEvent(subscription.id, T0);

    const delays: number[] = [];
    let now = T0;
    for (let i = 0; i < 40; i += 1) {
      await deliverWebhooks({ now, endpointIds: [hook.id] });
      const delivery = await deliveryOf(hook.id, eventId);
      if (delivery.status !== 'pending') break;
      delays.push(delivery.nextAttemptAt.getTime() - now.getTime());
      now = delivery.nextAttemptAt;
    }
    const delivery = await deliveryOf(hook.id, eventId);
    expect(delivery.status).toBe('failed');
    // A minute first (±20 %), then doubling up to 12 hours.
    expect(delays[0]).toBeGreaterThanOrEqual(0.8 * MINUTE);
    expect(delays[0]).toBeLessThanOrEqual(1.2 * MINUTE);
    expect(delays[3]! / delays[0]!).toBeGreaterThan(4);
    expect(Math.max(...delays)).toBeLessThanOrEqual(12 * 1.2 * HOUR);
    // Tried for the whole three days, whatever the jitter: the last attempt at the window's end.
    expect(delivery.lastAttemptAt!.getTime() - T0.getTime()).toBe(3 * DAY);
    expect(receiver.at('/down')).toHaveLength(delivery.attempts);
    expect(receiver.at('/down').every((m) => m.id === eventId)).toBe(true);
  });

  test('a 429 with Retry-After is retried no earlier than it asks', async () => {
    const { endpoint: hook } = await endpoint('/busy');
    receiver.answer('/busy', () => ({ status: 429, headers: { 'retry-after': '3600' } }));
    const { subscription } = await createTestSubscription();
    const eventId = await subscriptionEvent(subscription.id, T0);
    await deliverWebhooks({ now: T0, endpointIds: [hook.id] });
    const delivery = await deliveryOf(hook.id, eventId);
    expect(delivery.status).toBe('pending');
    expect(delivery.nextAttemptAt.getTime()).toBe(T0.getTime() + HOUR);
  });
});

describe('order and duplicates', () => {
  test('a subscription’s next event waits until the previous one succeeded; other subscriptions do not wait', async () => {
    const { endpoint: hook } = await endpoint('/ordered');
    let failFirst = true;
    const { subscription } = await createTestSubscription();
    const { subscription: other } = await createTestSubscription();
    const first = await subscriptionEvent(subscription.id, T0);
    const second = await subscriptionEvent(subscription.id, at(1000), 'subscription/changed');
    const unrelated = await subscriptionEvent(other.id, at(2000));
    receiver.answer('/ordered', (message) => {
      if (message.id === first && failFirst) {
        failFirst = false;
        return { status: 503 };
      }
      return { status: 200 };
    });

    await deliverWebhooks({ now: at(3000), endpointIds: [hook.id] });
    expect(receiver.at('/ordered').map((m) => m.id)).toEqual([first, unrelated]);
    expect((await deliveryOf(hook.id, second)).attempts).toBe(0);

    await deliverWebhooks({ now: at(HOUR), endpointIds: [hook.id] });
    await deliverWebhooks({ now: at(HOUR), endpointIds: [hook.id] });
    expect(receiver.at('/ordered').map((m) => m.id)).toEqual([first, unrelated, first, second]);
  });

  test('an event the relay delivers twice is sent once; a manual replay sends it again under the same webhook-id', async () => {
    const { endpoint: hook } = await endpoint('/dedupe');
    const { subscription } = await createTestSubscription();
    const eventId = await subscriptionEvent(subscription.id, T0);
    // The relay died after fanning out: the event is relayed again.
    await db.update(domainEvents).set({ deliveredAt: null, attempts: 0 }).where(eq(domainEvents.id, eventId));
    await relayEvents({ subjectIds: [subscription.id], now: at(MINUTE), deliver: async () => new Map() });
    await deliverWebhooks({ now: at(MINUTE), endpointIds: [hook.id] });
    await deliverWebhooks({ now: at(2 * MINUTE), endpointIds: [hook.id] });
    expect(await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.endpointId, hook.id), eq(webhookDeliveries.eventId, eventId)))).toHaveLength(1);
    expect(receiver.at('/dedupe').map((m) => m.id)).toEqual([eventId]);

    const delivery = await deliveryOf(hook.id, eventId);
    await replayWebhookDelivery({ deliveryId: delivery.id, staffUserId: owner.id, now: at(HOUR) });
    await deliverWebhooks({ now: at(HOUR), endpointIds: [hook.id] });
    expect(receiver.at('/dedupe').map((m) => m.id)).toEqual([eventId, eventId]);
    expect(await deliveryOf(hook.id, eventId)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });
});

describe('an endpoint that keeps failing', () => {
  test('is switched off after five days of failures and its owner is e-mailed; a success in between resets the clock', async () => {
    const { endpoint: hook } = await endpoint('/broken');
    let healthy = false;
    receiver.answer('/broken', () => ({ status: healthy ? 200 : 500 }));
    const { subscription } = await createTestSubscription();
    const enabled = async () => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, hook.id)))[0]!;

    // Failing for two days, then one success: the clock starts again.
    for (const day of [0, 1, 2]) {
      await subscriptionEvent(subscription.id, at(day * DAY));
      await deliverWebhooks({ now: at(day * DAY + MINUTE), endpointIds: [hook.id] });
    }
    healthy = true;
    await deliverWebhooks({ now: at(2 * DAY + 13 * HOUR), endpointIds: [hook.id] });
    expect((await enabled()).failingSince).toBeNull();
    healthy = false;

    // Then five days of nothing but failures, one new event a day.
    for (let day = 3; day <= 7; day += 1) {
      await subscriptionEvent(subscription.id, at(day * DAY));
      await deliverWebhooks({ now: at(day * DAY + MINUTE), endpointIds: [hook.id] });
      expect((await enabled()).enabled).toBe(true);
    }
    await subscriptionEvent(subscription.id, at(8 * DAY));
    const report = await deliverWebhooks({ now: at(8 * DAY + MINUTE), endpointIds: [hook.id] });

    expect(report.disabled).toBe(1);
    expect(await enabled()).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const mails = await db.select().from(emailOutbox).where(like(emailOutbox.dedupeKey, `webhook-endpoint-disabled:${hook.id}:%`));
    expect(mails.map((mail) => mail.toAddress)).toContain('merchant@example.com');
    expect(mails[0]!.subject).toContain(receiver.url('/broken'));

    // A disabled endpoint gets nothing, until the owner switches it on again.
    healthy = true;
    const sent = receiver.at('/broken').length;
    await deliverWebhooks({ now: at(9 * DAY), endpointIds: [hook.id] });
    expect(receiver.at('/broken')).toHaveLength(sent);
    await setWebhookEndpointEnabled({ endpointId: hook.id, enabled: true, staffUserId: owner.id, now: at(9 * DAY) });
    await deliverWebhooks({ now: at(9 * DAY), endpointIds: [hook.id] });
    expect(receiver.at('/broken').length).toBeGreaterThan(sent);
  });
});

describe('the audit log', () => {
  test('adding, rotating and switching an endpoint are recorded, never with a secret', async () => {
    const { endpoint: hook, secret } = await endpoint('/audited');
    const { secret: rotated } = await rotateWebhookSecret({ endpointId: hook.id, staffUserId: owner.id, now: at(MINUTE) });
    await setWebhookEndpointEnabled({ endpointId: hook.id, enabled: false, staffUserId: owner.id, now: at(2 * MINUTE) });
    await setWebhookEndpointEnabled({ endpointId: hook.id, enabled: true, staffUserId: owner.id, now: at(3 * MINUTE) });

    const entries = await auditEntriesOf('webhook-endpoint', hook.id);
    expect(entries.map((entry) => entry.action)).toEqual(['webhook-endpoint.create', 'webhook-endpoint.rotate-secret', 'webhook-endpoint.disable', 'webhook-endpoint.enable']);
    expect(entries[0]).toMatchObject({ actorUserId: owner.id, before: null, after: expect.objectContaining({ url: receiver.url('/audited'), enabled: true }) });
    const logged = JSON.stringify(entries);
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(rotated);
  });
});

describe('a receiver that hangs', () => {
  test('is called at most four at a time, times out, and holds up no other endpoint', async () => {
    const { endpoint: stuck } = await endpoint('/hangs');
    const { endpoint: healthy } = await endpoint('/healthy');
    receiver.answer('/hangs', () => 'hang');
    const T = at(20 * DAY);
    // Six subscriptions (no ordering between them), each with one event.
    const subscriptionIds = await Promise.all(Array.from({ length: 6 }, async () => (await createTestSubscription()).subscription.id));
    for (const id of subscriptionIds) await subscriptionEvent(id, T);

    const started = Date.now();
    const report = await deliverWebhooks({ now: T, endpointIds: [stuck.id, healthy.id], timeoutMs: 400, maxBatches: 2 });

    expect(receiver.at('/healthy').filter((m) => subscriptionIds.includes(m.body.data.id))).toHaveLength(6);
    expect(receiver.mostInFlight('/hangs')).toBeLessThanOrEqual(4);
    expect(report.failed).toBe(6);
    // Two batches of at most four at once: about two timeouts, not six.
    expect(Date.now() - started).toBeLessThan(6 * 400);
    const [failed] = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.endpointId, stuck.id), eq(webhookDeliveries.status, 'pending')));
    expect(failed!.lastError).toMatch(/No answer within/);
  });
});

describe('lanes per endpoint', () => {
  test('a hanging receiver fills only its own lane: another endpoint gets all its deliveries while the first requests still hang', async () => {
    const { endpoint: stuck } = await endpoint('/lane-hangs');
    const { endpoint: healthy } = await endpoint('/lane-healthy');
    receiver.answer('/lane-hangs', () => 'hang');
    // What the hanging endpoint had been sent when the healthy one received its last delivery.
    let stuckCalledByThen: number | null = null;
    receiver.answer('/lane-healthy', () => {
      if (receiver.at('/lane-healthy').length === 4) stuckCalledByThen = receiver.at('/lane-hangs').length;
      return { status: 200 };
    });
    const T = new Date('3660-03-01T12:00:00Z');
    const subscriptionIds = await Promise.all(Array.from({ length: 4 }, async () => (await createTestSubscription()).subscription.id));
    for (const id of subscriptionIds) await subscriptionEvent(id, T);

    const report = await deliverWebhooks({ now: T, endpointIds: [stuck.id, healthy.id], perEndpoint: 1, timeoutMs: 300 });

    expect(report).toMatchObject({ succeeded: 4, failed: 4 });
    // One lane place, held by a request that hangs: the healthy endpoint did not wait for it.
    expect(stuckCalledByThen).toBe(1);
  });
});

describe('retention', () => {
  test('logged bodies are emptied after the retention period; the record of the attempt stays', async () => {
    const { endpoint: hook } = await endpoint('/retention');
    const { subscription } = await createTestSubscription();
    const T = at(40 * DAY);
    const eventId = await subscriptionEvent(subscription.id, T);
    await deliverWebhooks({ now: T, endpointIds: [hook.id] });
    const delivery = await deliveryOf(hook.id, eventId);

    await purgeWebhookBodies({ cutoff: new Date(T.getTime() + DAY), batchSize: 100 });

    const [attempt] = await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery.id));
    expect(attempt).toMatchObject({ requestBody: '(purged)', responseBody: null, responseStatus: 200 });
  });
});
