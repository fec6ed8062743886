import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { db } from '@/db/client';
import { webhookDeliveries, webhookEndpoints } from '@/db/schema';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { auditEntriesOf, createStaffUser } from '@/lib/services/audit/audit-test-fixtures';
import { createWebhookEndpoint } from './create-webhook-endpoint';
import { deleteWebhookEndpoint } from './delete-webhook-endpoint';

// This file's own years (3650–3659): no relay or sweep of another test reaches these rows.
const NOW = new Date('3650-02-01T10:00:00Z');
let owner: { id: string };

beforeAll(async () => {
  owner = await createStaffUser('owner');
});

test('a deleted endpoint is gone with its deliveries; the audit log keeps where it sent, never its secret', async () => {
  const created = await createWebhookEndpoint({ url: 'http://127.0.0.1:9/deleted', description: 'CRM', eventTypes: ['invoice.paid'] }, { staffUserId: owner.id, now: NOW });
  if (!created.ok) throw new Error(created.error.message);
  const { endpoint, secret } = created.value;
  await db.insert(webhookDeliveries).values({
    id: timeOrderedId(),
    endpointId: endpoint.id,
    eventId: timeOrderedId(),
    eventType: 'invoice.paid',
    objectType: 'invoice',
    objectId: crypto.randomUUID(),
    occurredAt: NOW,
    nextAttemptAt: NOW,
    retryUntil: NOW,
    createdAt: NOW,
  });

  expect(await deleteWebhookEndpoint({ endpointId: endpoint.id, staffUserId: owner.id })).toEqual({ url: 'http://127.0.0.1:9/deleted' });
  expect(await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id))).toEqual([]);
  expect(await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpoint.id))).toEqual([]);

  const entries = await auditEntriesOf('webhook-endpoint', endpoint.id);
  expect(entries.map((entry) => entry.action)).toEqual(['webhook-endpoint.create', 'webhook-endpoint.delete']);
  expect(entries[1]).toMatchObject({ actorUserId: owner.id, before: expect.objectContaining({ url: 'http://127.0.0.1:9/deleted', eventTypes: ['invoice.paid'] }), after: null });
  expect(JSON.stringify(entries)).not.toContain(secret);

  // Deleted twice (two tabs): the owner is told it no longer exists, and nothing more is written.
  await expect(deleteWebhookEndpoint({ endpointId: endpoint.id, staffUserId: owner.id })).rejects.toMatchObject({ code: 'webhook_endpoint_not_found' });
  expect(await auditEntriesOf('webhook-endpoint', endpoint.id)).toHaveLength(2);
});
