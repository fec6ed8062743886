import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/db/client';
import { domainEvents, webhookAttempts, webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestSubscription } from '@/lib/services/email/test-fixtures';
import { relayEvents } from '@/lib/services/events/relay-events';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deliverWebhooks } from './deliver-webhooks';
import { addressPolicy, isPublicAddress, refuseWebhookUrl, type Resolver } from './webhook-address-policy';
import { startTestReceiver } from './webhook-test-receiver';

const PRODUCTION = addressPolicy({ NODE_ENV: 'production' });
/** A resolver that answers from a table, as a DNS server under someone else's control would. */
const dns =
  (table: Record<string, string[]>): Resolver =>
  async (host) =>
    (table[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('which URLs an endpoint may have', () => {
  test('production refuses http, loopback, private, link-local and mapped addresses', async () => {
    const resolve = dns({});
    for (const url of [
      'http://hooks.example.com/kadens',
      'https://127.0.0.1/hook',
      'https://localhost.localdomain.invalid/',
      'https://10.1.2.3/hook',
      'https://172.16.0.1/',
      'https://192.168.1.10/',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/',
      'https://[::1]/hook',
      'https://[fe80::1]/',
      'https://[fd00::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://user:pass@hooks.example.com/',
      'ftp://hooks.example.com/',
      'not a url',
    ]) {
      expect(await refuseWebhookUrl(url, PRODUCTION, resolve), url).not.toBeNull();
    }
  });

  test('a host is refused when any of its addresses is private, accepted when all are public', async () => {
    const resolve = dns({ 'mixed.example.com': ['93.184.216.34', '10.0.0.5'], 'public.example.com': ['93.184.216.34', '2606:2800:220:1::1'] });
    expect(await refuseWebhookUrl('https://mixed.example.com/hook', PRODUCTION, resolve)).toMatch(/10\.0\.0\.5.*private/);
    expect(await refuseWebhookUrl('https://public.example.com/hook', PRODUCTION, resolve)).toBeNull();
    expect(await refuseWebhookUrl('https://93.184.216.34/hook', PRODUCTION, resolve)).toBeNull();
  });

  test('outside production, or with the switch, a local receiver is allowed', async () => {
    expect(await refuseWebhookUrl('http://127.0.0.1:4000/hook', addressPolicy({ NODE_ENV: 'development' }))).toBeNull();
    expect(await refuseWebhookUrl('http://127.0.0.1:4000/hook', addressPolicy({ NODE_ENV: 'production', KADENS_WEBHOOKS_PRIVATE_ADDRESSES: '1' }))).toBeNull();
  });

  test('the address table', () => {
    expect(['8.8.8.8', '93.184.216.34', '2606:4700::1111'].every(isPublicAddress)).toBe(true);
    expect(['0.0.0.0', '127.0.0.53', '198.18.0.1', '224.0.0.1', '255.255.255.255', '::', '64:ff9b::a00:1', '::ffff:10.0.0.1'].some(isPublicAddress)).toBe(false);
  });
});

describe('registering and delivering', () => {
  let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
  beforeAll(async () => {
    receiver = await startTestReceiver();
  });
  afterAll(() => receiver.close());

  test('an endpoint at 127.0.0.1 is refused in production, beside the URL field, and nothing is saved', async () => {
    const owner = await createStaffUser('owner');
    const url = `https://127.0.0.1/refused-${timeOrderedId()}`;
    const refused = await createWebhookEndpoint({ url, description: null, eventTypes: ['invoice.paid'] }, { staffUserId: owner.id, now: new Date(), policy: PRODUCTION });
    expect(refused).toMatchObject({ ok: false, error: { code: 'webhook_url_refused', field: 'url' } });
    expect(await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.url, url))).toEqual([]);
  });

  test('a host that resolved to a public address and now resolves to loopback (DNS rebinding) is refused at delivery', async () => {
    const T = new Date('3501-02-01T10:00:00Z');
    const owner = await createStaffUser('owner');
    const host = 'rebind.example.com';
    const url = `http://${host}:${receiver.port}/rebind`;
    const atSave = dns({ [host]: ['93.184.216.34'] });
    const production = { requireHttps: false, allowPrivate: false };
    const created = await createWebhookEndpoint({ url, description: null, eventTypes: ['subscription.canceled'] }, { staffUserId: owner.id, now: T, policy: production, resolve: atSave });
    if (!created.ok) throw new Error(created.error.message);
    const { subscription } = await createTestSubscription();
    const eventId = timeOrderedId();
    await db.insert(domainEvents).values({
      id: eventId,
      name: 'subscription/stop.scheduled',
      payload: { subscriptionId: subscription.id, customerId: subscription.customerId, endsAt: T.toISOString(), reason: 'other' },
      subjectType: 'subscription',
      subjectId: subscription.id,
      occurredAt: T,
      nextAttemptAt: new Date(T.getTime() + 60_000),
    });
    await relayEvents({ subjectIds: [subscription.id], now: T, deliver: async () => new Map() });

    await deliverWebhooks({ now: T, endpointIds: [created.value.endpoint.id], policy: production, resolve: dns({ [host]: ['127.0.0.1'] }) });

    expect(receiver.at('/rebind')).toEqual([]);
    const [delivery] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, created.value.endpoint.id));
    expect(delivery).toMatchObject({ status: 'pending', lastResponseStatus: null, lastError: expect.stringMatching(/127\.0\.0\.1.*refused/) });
    expect(await db.select().from(webhookAttempts).where(eq(webhookAttempts.deliveryId, delivery!.id))).toHaveLength(1);
    await db.update(webhookEndpoints).set({ enabled: false }).where(eq(webhookEndpoints.id, created.value.endpoint.id));
  });
});
