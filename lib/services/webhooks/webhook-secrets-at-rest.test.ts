import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { db, sql } from '@/db/client';
import { encryptWebhookSecrets } from '@/db/encrypt-webhook-secrets';
import { domainEvents, webhookEndpoints } from '@/db/schema';
import { SecretKeyMismatchError } from '@/lib/crypto/secret-box';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createTestSubscription } from '@/lib/services/email/test-fixtures';
import { relayEvents } from '@/lib/services/events/relay-events';
import { checkStoredWebhookSecrets } from './check-stored-webhook-secrets';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deliverWebhooks } from './deliver-webhooks';
import { rotateWebhookSecret } from './rotate-webhook-secret';
import { newWebhookSecret, signingSecrets } from './webhook-signing';
import { startTestReceiver } from './webhook-test-receiver';

// Far-future dates of this file only (its years: 3775–3789).
const T0 = new Date('3776-03-02T09:00:00Z');
const HOUR = 3_600_000;

let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
let owner: { id: string };
const endpointIds: string[] = [];

beforeAll(async () => {
  receiver = await startTestReceiver();
  owner = await createStaffUser('owner');
});
afterEach(() => vi.unstubAllEnvs());
afterAll(async () => {
  if (endpointIds.length > 0) await db.update(webhookEndpoints).set({ enabled: false }).where(inArray(webhookEndpoints.id, endpointIds));
  await receiver.close();
});

async function endpoint(path: string) {
  const created = await createWebhookEndpoint({ url: receiver.url(path), description: null, eventTypes: ['subscription.canceled'] }, { staffUserId: owner.id, now: T0 });
  if (!created.ok) throw new Error(created.error.message);
  endpointIds.push(created.value.endpoint.id);
  return created.value;
}

const stored = async (id: string) => (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)))[0]!;
/** The secret's random part: what an attacker reading the table must not find, in any encoding. */
const secretParts = (secret: string) => {
  const raw = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return [secret, secret.slice('whsec_'.length), raw.toString('hex'), raw.toString('base64url')];
};

async function deliverOneEvent(endpointId: string, now: Date) {
  const { subscription } = await createTestSubscription();
  await db.insert(domainEvents).values({
    id: timeOrderedId(),
    name: 'subscription/stop.scheduled',
    payload: { subscriptionId: subscription.id, customerId: randomUUID(), endsAt: now.toISOString(), reason: 'other' },
    subjectType: 'subscription',
    subjectId: subscription.id,
    occurredAt: now,
    nextAttemptAt: new Date(now.getTime() + 24 * HOUR),
  });
  await relayEvents({ subjectIds: [subscription.id], now, deliver: async () => new Map() });
  return deliverWebhooks({ now, endpointIds: [endpointId] });
}

describe('webhook signing secrets at rest', () => {
  test('the row holds neither the current nor the previous secret in plain text; deliveries verify with both during the overlap', async () => {
    const { endpoint: hook, secret: first } = await endpoint('/at-rest');
    const { secret: second } = await rotateWebhookSecret({ endpointId: hook.id, staffUserId: owner.id, now: T0 });
    receiver.trust('/at-rest', first, second);

    const row = await stored(hook.id);
    const asText = JSON.stringify(row);
    for (const part of [...secretParts(first), ...secretParts(second)]) expect(asText).not.toContain(part);
    expect(row.secret).toMatch(/^enc:v1:/);
    expect(row.previousSecret).toMatch(/^enc:v1:/);

    expect(await deliverOneEvent(hook.id, new Date(T0.getTime() + HOUR))).toMatchObject({ succeeded: 1 });
    // Verified by the reference Standard Webhooks library, with each secret alone.
    expect(receiver.at('/at-rest').map((m) => m.verifiedWith)).toEqual([[first, second]]);
  });

  test('a sealed secret copied onto another endpoint does not open there', async () => {
    const { endpoint: a } = await endpoint('/copy-a');
    const { endpoint: b } = await endpoint('/copy-b');
    const stolen = (await stored(a.id)).secret;
    expect(() => signingSecrets({ ...b, secret: stolen }, T0)).toThrow(SecretKeyMismatchError);
  });

  test('the migration encrypts secrets stored in plain text, and deliveries are still signed with them', async () => {
    const id = randomUUID();
    const plain = newWebhookSecret();
    const previous = newWebhookSecret();
    await db.insert(webhookEndpoints).values({
      id,
      url: receiver.url('/migrated'),
      eventTypes: ['subscription.canceled'],
      secret: plain,
      previousSecret: previous,
      previousSecretExpiresAt: new Date(T0.getTime() + 2 * HOUR),
      createdAt: T0,
      updatedAt: T0,
    });
    endpointIds.push(id);

    const first = await encryptWebhookSecrets(sql);
    expect(first.encrypted).toBeGreaterThanOrEqual(1);
    const row = await stored(id);
    for (const part of [...secretParts(plain), ...secretParts(previous)]) expect(JSON.stringify(row)).not.toContain(part);
    expect(signingSecrets(row, T0)).toEqual([plain, previous]);
    // Run again: nothing left to encrypt, and this row is not sealed twice.
    await encryptWebhookSecrets(sql);
    expect((await stored(id)).secret).toBe(row.secret);

    receiver.trust('/migrated', plain);
    expect(await deliverOneEvent(id, new Date(T0.getTime() + 3 * HOUR))).toMatchObject({ succeeded: 1 });
    expect(receiver.at('/migrated').map((m) => m.verifiedWith)).toEqual([[plain]]);
  });

  test('another key is a clear error at start (and in the migration), never a delivery signed with garbage', async () => {
    await endpoint('/wrong-key');
    vi.stubEnv('KADENS_ENCRYPTION_KEY', 'a-different-key-that-sealed-nothing-here-0123456789');
    await expect(checkStoredWebhookSecrets()).rejects.toThrow(/cannot be decrypted with the key from KADENS_ENCRYPTION_KEY/);
    await expect(encryptWebhookSecrets(sql)).rejects.toThrow(SecretKeyMismatchError);
    vi.unstubAllEnvs();
    await expect(checkStoredWebhookSecrets()).resolves.toMatchObject({ checked: expect.any(Number) });
  });

  test('a change of key: with the old key as KADENS_ENCRYPTION_KEY_PREVIOUS, the migration seals every secret again under the new key, and deliveries verify as before', async () => {
    const oldKey = process.env.KADENS_ENCRYPTION_KEY!;
    const newKey = 'the-new-key-after-a-rotation-0123456789abcdefghij';
    const { endpoint: hook, secret } = await endpoint('/rekeyed');
    const before = (await stored(hook.id)).secret;
    try {
      vi.stubEnv('KADENS_ENCRYPTION_KEY', newKey);
      vi.stubEnv('KADENS_ENCRYPTION_KEY_PREVIOUS', oldKey);
      const rotated = await encryptWebhookSecrets(sql);
      expect(rotated.rekeyed).toBeGreaterThanOrEqual(1);
      expect(rotated.encrypted).toBe(0);
      const after = (await stored(hook.id)).secret;
      expect(after).toMatch(/^enc:v1:/);
      expect(after).not.toBe(before);
      // The old key is no longer needed: the start's check passes with the new key alone.
      vi.stubEnv('KADENS_ENCRYPTION_KEY_PREVIOUS', '');
      await expect(checkStoredWebhookSecrets()).resolves.toMatchObject({ checked: expect.any(Number) });
      receiver.trust('/rekeyed', secret);
      expect(await deliverOneEvent(hook.id, new Date(T0.getTime() + 4 * HOUR))).toMatchObject({ succeeded: 1 });
      expect(receiver.at('/rekeyed').map((m) => m.verifiedWith)).toEqual([[secret]]);
      // Run again: nothing is sealed twice.
      expect((await encryptWebhookSecrets(sql)).rekeyed).toBe(0);
      // A previous key that opens nothing either is still the clear error, naming the current key's setting.
      vi.stubEnv('KADENS_ENCRYPTION_KEY', 'a-third-key-that-sealed-nothing-0123456789abcdef');
      vi.stubEnv('KADENS_ENCRYPTION_KEY_PREVIOUS', 'a-fourth-key-that-sealed-nothing-0123456789abcd');
      await expect(encryptWebhookSecrets(sql)).rejects.toThrow(/cannot be decrypted with the key from KADENS_ENCRYPTION_KEY\b/);
    } finally {
      // Every endpoint in this database was re-keyed: put them back under the suite's key for the files after this one.
      vi.stubEnv('KADENS_ENCRYPTION_KEY', oldKey);
      vi.stubEnv('KADENS_ENCRYPTION_KEY_PREVIOUS', newKey);
      await encryptWebhookSecrets(sql);
      vi.unstubAllEnvs();
    }
    expect((await stored(hook.id)).secret).not.toBe(before);
    await expect(checkStoredWebhookSecrets()).resolves.toMatchObject({ checked: expect.any(Number) });
  });
});
