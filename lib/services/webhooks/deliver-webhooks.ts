import { and, eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { redactError } from '@/lib/errors/redact-error';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, type WebhookDelivery, type WebhookEndpoint } from '@/db/schema';
import { postWebhook, type WebhookResponse } from './post-webhook';
import { notifyEndpointDisabled } from './notify-endpoint-disabled';
import { addressPolicy, type AddressPolicy, type Resolver } from './webhook-address-policy';
import { loadWebhookObjects, objectKey, type WebhookObject } from './webhook-objects';
import type { WebhookObjectType } from '@/lib/validations/webhook-events';
import { webhookRetryDelayMs } from './webhook-retry';
import { signedHeaders, signingSecrets } from './webhook-signing';

/** A claimed delivery is left alone this long; a worker that died holding it is then replaced. */
const CLAIM_LEASE_MS = 5 * 60_000;
/** An endpoint whose every delivery failed for this long is disabled and its owner e-mailed. */
export const DISABLE_AFTER_MS = 5 * 24 * 60 * 60_000;

export type DeliverWebhooksOptions = {
  /** When the deliveries run: which are due, the backoff and the failure clock (tests drive it). */
  now?: Date;
  /** Only these endpoints (a replay, a test). */
  endpointIds?: string[];
  batchSize?: number;
  maxBatches?: number;
  /** Requests in flight to one endpoint at a time: a slow receiver holds up only itself. */
  perEndpoint?: number;
  timeoutMs?: number;
  policy?: AddressPolicy;
  resolve?: Resolver;
};

export type DeliverWebhooksReport = { succeeded: number; failed: number; gaveUp: number; disabled: number };

/**
 * Sends the webhooks that are due, at least once, in batches.
 *
 * Each batch is claimed in one statement (FOR UPDATE SKIP LOCKED, then a lease on the rows), so
 * two workers (the embedded tick, the Inngest function, several app instances) never send the same
 * delivery at once and no transaction is held open during the HTTP calls. A delivery is claimed
 * only when no older delivery to the same endpoint about the same subscription is still pending:
 * a receiver sees a subscription's events in order, each one after the previous succeeded or was
 * given up. Endpoints are called in parallel, each at most `perEndpoint` at a time.
 */
export async function deliverWebhooks(options: DeliverWebhooksOptions = {}): Promise<DeliverWebhooksReport> {
  const report: DeliverWebhooksReport = { succeeded: 0, failed: 0, gaveUp: 0, disabled: 0 };
  if (options.endpointIds?.length === 0) return report;
  const batchSize = options.batchSize ?? 200;
  const perEndpoint = options.perEndpoint ?? 4;
  const policy = options.policy ?? addressPolicy();
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch += 1) {
    const now = options.now ?? new Date();
    // At most `perEndpoint` rows of one endpoint per batch, all in flight at once: a receiver that
    // hangs costs a batch one timeout, however many of its deliveries are due.
    const claimed = await claimDeliveries({ now, limit: batchSize, perEndpoint, endpointIds: options.endpointIds });
    if (claimed.length === 0) break;
    const endpoints = await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, [...new Set(claimed.map((d) => d.endpointId))]));
    const objects = await loadWebhookObjects(claimed.map((d) => ({ type: d.objectType as WebhookObjectType, id: d.objectId })));
    await Promise.all(
      endpoints.map((endpoint) =>
        runLimited(
          claimed.filter((d) => d.endpointId === endpoint.id),
          perEndpoint,
          async (delivery) => {
            const object = objects.get(objectKey({ type: delivery.objectType as WebhookObjectType, id: delivery.objectId }));
            try {
              const response = await send(endpoint, delivery, object, now, options, policy);
              const outcome = await recordAttempt(endpoint, delivery, response, now);
              report[outcome.result] += 1;
              if (outcome.disabled) report.disabled += 1;
            } catch (error) {
              // A bug or a lost database connection, not the receiver's answer: the row keeps its
              // lease and is taken again when it ends; the other deliveries go on.
              console.error(`[webhooks] delivery ${delivery.id} could not be completed:`, redactError(error));
            }
          },
        ),
      ),
    );
    // NOTE: no early stop on a short batch: the per-endpoint cap makes batches short while one
    // endpoint still has rows due. Rows that failed wait out their backoff, so this ends.
  }
  return report;
}

type Claimed = Pick<WebhookDelivery, 'id' | 'endpointId' | 'eventId' | 'eventType' | 'objectType' | 'objectId' | 'occurredAt' | 'attempts' | 'retryUntil'>;

async function claimDeliveries(input: { now: Date; limit: number; perEndpoint: number; endpointIds?: string[] }): Promise<Claimed[]> {
  const onlyEndpoints = input.endpointIds ? sql`and d.endpoint_id in (${sql.join(input.endpointIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  // NOTE: the window function picks at most `perEndpoint` due rows per endpoint (one busy endpoint
  // does not fill the batch); FOR UPDATE cannot sit beside it, so the lock is taken in the outer query.
  const rows = await db.execute<{ id: string }>(sql`
    with candidates as (
      select id from (
        select d.id, row_number() over (partition by d.endpoint_id order by d.occurred_at, d.event_id) as n
        from webhook_deliveries d
        join webhook_endpoints e on e.id = d.endpoint_id and e.enabled
        where d.status = 'pending' and d.next_attempt_at <= ${input.now.toISOString()}::timestamptz ${onlyEndpoints}
          and (d.ordering_key is null or not exists (
            select 1 from webhook_deliveries p
            where p.endpoint_id = d.endpoint_id and p.ordering_key = d.ordering_key and p.status = 'pending'
              and (p.occurred_at, p.event_id) < (d.occurred_at, d.event_id)))
      ) ranked
      where n <= ${input.perEndpoint}
      limit ${input.limit}
    ),
    locked as (
      select id from webhook_deliveries where id in (select id from candidates) for update skip locked
    )
    update webhook_deliveries w
    set attempts = w.attempts + 1, last_attempt_at = ${input.now.toISOString()}::timestamptz, next_attempt_at = ${new Date(input.now.getTime() + CLAIM_LEASE_MS).toISOString()}::timestamptz
    from locked where w.id = locked.id
    returning w.id`);
  const ids = [...rows].map((row) => row.id);
  if (ids.length === 0) return [];
  const claimed = await db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      objectType: webhookDeliveries.objectType,
      objectId: webhookDeliveries.objectId,
      occurredAt: webhookDeliveries.occurredAt,
      attempts: webhookDeliveries.attempts,
      retryUntil: webhookDeliveries.retryUntil,
    })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.id, ids));
  return claimed.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.eventId.localeCompare(b.eventId));
}

/** The message body: a thin event, the object's id and its state now (Standard Webhooks' shape). */
export function webhookBody(delivery: Pick<Claimed, 'eventType' | 'occurredAt' | 'objectType' | 'objectId'>, object: WebhookObject | undefined): string {
  const data = object?.data ?? { object: delivery.objectType, id: delivery.objectId, deleted: true };
  return JSON.stringify({ type: delivery.eventType, timestamp: delivery.occurredAt.toISOString(), data });
}

type SentAttempt = { body: string; response: WebhookResponse };

async function send(endpoint: WebhookEndpoint, delivery: Claimed, object: WebhookObject | undefined, now: Date, options: DeliverWebhooksOptions, policy: AddressPolicy): Promise<SentAttempt> {
  const body = webhookBody(delivery, object);
  // NOTE: the signature's timestamp is the wall clock: receivers compare it with theirs (a few
  // minutes' tolerance), whatever `now` the schedule runs on.
  const headers = signedHeaders({ id: delivery.eventId, body, secrets: signingSecrets(endpoint, now), at: new Date() });
  const response = await postWebhook({ url: endpoint.url, headers, body, timeoutMs: options.timeoutMs ?? 10_000, policy, resolve: options.resolve });
  return { body, response };
}

type Outcome = { result: 'succeeded' | 'failed' | 'gaveUp'; disabled: boolean };

async function recordAttempt(endpoint: WebhookEndpoint, delivery: Claimed, sent: SentAttempt, now: Date): Promise<Outcome> {
  const { response } = sent;
  const ok = response.status !== null && response.status >= 200 && response.status < 300;
  const error = ok ? null : (response.error ?? `The endpoint answered ${response.status}.`);
  const delay = webhookRetryDelayMs({ attempts: delivery.attempts, status: response.status, retryAfterMs: response.retryAfterMs });
  const gaveUp = !ok && now.getTime() + delay > delivery.retryUntil.getTime();
  return db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      deliveryId: delivery.id,
      at: now,
      requestBody: sent.body,
      responseStatus: response.status,
      responseBody: response.body,
      error,
      latencyMs: response.latencyMs,
    });
    await tx
      .update(webhookDeliveries)
      .set({
        status: ok ? 'succeeded' : gaveUp ? 'failed' : 'pending',
        deliveredAt: ok ? now : null,
        nextAttemptAt: ok || gaveUp ? now : new Date(now.getTime() + delay),
        lastResponseStatus: response.status,
        lastError: error?.slice(0, 1000) ?? null,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    if (ok) {
      await tx.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, endpoint.id));
      return { result: 'succeeded', disabled: false };
    }
    const [failing] = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now.toISOString()}::timestamptz)` })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .returning({ failingSince: webhookEndpoints.failingSince });
    let disabled = false;
    if (failing?.failingSince && now.getTime() - failing.failingSince.getTime() >= DISABLE_AFTER_MS) {
      const [turnedOff] = await tx
        .update(webhookEndpoints)
        .set({ enabled: false, disabledReason: 'failing', disabledAt: now, updatedAt: now })
        .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.enabled, true)))
        .returning({ id: webhookEndpoints.id });
      if (turnedOff) {
        await notifyEndpointDisabled(tx, { endpoint, failingSince: failing.failingSince, lastError: error, now });
        disabled = true;
      }
    }
    return { result: gaveUp ? 'gaveUp' : 'failed', disabled };
  });
}

/** Runs `work` over `items`, at most `limit` at a time, in order of the list. */
async function runLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
