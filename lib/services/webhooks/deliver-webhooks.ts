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
import { createSuccessRecorder, type SuccessRecorder } from './success-recorder';
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
 * Sends the webhooks that are due, at least once.
 *
 * Deliveries are claimed in bounded statements (each endpoint's due rows read from its index as
 * far as the room it has, FOR UPDATE SKIP LOCKED, then a lease on the rows), so two workers (the
 * embedded tick, the Inngest function, several app instances) never send the same delivery at
 * once, no statement reads every due row, and no transaction is held open during the HTTP calls.
 *
 * Each endpoint has its own lane of at most `perEndpoint` requests in flight; the lanes run side
 * by side and claiming goes on as any of them frees room. A receiver that hangs or answers 500
 * fills only its own lane (its rows are not claimed while it is full): the other endpoints' rows
 * keep flowing. A delivery is claimed only when no older delivery to the same endpoint about the
 * same subscription is still pending: a receiver sees a subscription's events in order.
 *
 * `batchSize` bounds the requests in flight in all lanes together; a run sends at most
 * `maxBatches` x `batchSize` deliveries.
 */
export async function deliverWebhooks(options: DeliverWebhooksOptions = {}): Promise<DeliverWebhooksReport> {
  const report: DeliverWebhooksReport = { succeeded: 0, failed: 0, gaveUp: 0, disabled: 0 };
  if (options.endpointIds?.length === 0) return report;
  const maxInFlight = options.batchSize ?? 200;
  const perEndpoint = options.perEndpoint ?? 4;
  const maxBatches = options.maxBatches ?? 20;
  const policy = options.policy ?? addressPolicy();
  const inFlight = new Map<string, number>();
  const running = new Set<Promise<void>>();
  const endpoints = new Map<string, WebhookEndpoint>();
  const successes = createSuccessRecorder();

  const start = (delivery: Claimed, object: WebhookObject | undefined, now: Date) => {
    const endpoint = endpoints.get(delivery.endpointId)!;
    inFlight.set(endpoint.id, (inFlight.get(endpoint.id) ?? 0) + 1);
    const run = async () => {
      try {
        const response = await send(endpoint, delivery, object, now, options, policy);
        const outcome = await recordAttempt(endpoint, delivery, response, now, successes);
        report[outcome.result] += 1;
        if (outcome.disabled) report.disabled += 1;
      } catch (error) {
        // A bug or a lost database connection, not the receiver's answer: the row keeps its
        // lease and is taken again when it ends; the other deliveries go on.
        console.error(`[webhooks] delivery ${delivery.id} could not be completed:`, redactError(error));
      } finally {
        inFlight.set(endpoint.id, inFlight.get(endpoint.id)! - 1);
      }
    };
    const task: Promise<void> = run().finally(() => running.delete(task));
    running.add(task);
  };

  // NOTE: a run sends at most `maxBatches` x `batchSize` deliveries, in as many claims as the
  // lanes need (a claim takes what the lanes have room for, so claims are as fine as answers come).
  let budget = maxBatches * maxInFlight;
  while (budget > 0) {
    const room = Math.min(maxInFlight - running.size, budget);
    // NOTE: claim again once half the room is free, not for every finished request: fewer,
    // fuller claims, while the lanes never run dry.
    if (running.size > 0 && room < maxInFlight / 2) {
      await Promise.race(running);
      continue;
    }
    const now = options.now ?? new Date();
    const claimed = await claimDeliveries({ now, limit: room, perEndpoint, inFlight, endpointIds: options.endpointIds });
    if (claimed.length === 0) {
      if (running.size === 0) break;
      // Nothing more is due to the lanes with room: wait for one to finish (it may free its
      // endpoint's next rows).
      await Promise.race(running);
      continue;
    }
    budget -= claimed.length;
    const unknown = [...new Set(claimed.map((d) => d.endpointId))].filter((id) => !endpoints.has(id));
    if (unknown.length) for (const e of await db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, unknown))) endpoints.set(e.id, e);
    const objects = await loadWebhookObjects(claimed.map((d) => ({ type: d.objectType as WebhookObjectType, id: d.objectId })));
    for (const delivery of claimed) {
      if (!endpoints.has(delivery.endpointId)) continue; // deleted meanwhile: its rows went with it
      start(delivery, objects.get(objectKey({ type: delivery.objectType as WebhookObjectType, id: delivery.objectId })), now);
    }
  }
  await Promise.all(running);
  return report;
}

type Claimed = Pick<WebhookDelivery, 'id' | 'endpointId' | 'eventId' | 'eventType' | 'objectType' | 'objectId' | 'occurredAt' | 'attempts' | 'retryUntil'>;

async function claimDeliveries(input: { now: Date; limit: number; perEndpoint: number; inFlight: Map<string, number>; endpointIds?: string[] }): Promise<Claimed[]> {
  const now = input.now.toISOString();
  const onlyEndpoints = input.endpointIds ? sql`and e.id in (${sql.join(input.endpointIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  // Each endpoint's room: its lane's free places in this worker.
  const busy = [...input.inFlight].filter(([, n]) => n > 0);
  const used = busy.length ? sql`(${JSON.stringify(Object.fromEntries(busy))}::jsonb ->> e.id::text)::int` : sql`0`;
  // NOTE: per endpoint, its due rows in the order of the (endpoint_id, next_attempt_at) index,
  // read only as far as its room: the statement's work is bounded by what it claims, however many
  // rows are due. The lock is taken in the lateral subquery, so a row another worker holds is
  // skipped and the next one taken.
  const rows = await db.execute<Claimed & { endpointId: string }>(sql`
    with lanes as (
      select e.id, greatest(${input.perEndpoint}::int - coalesce(${used}, 0), 0) as room
      from webhook_endpoints e
      where e.enabled ${onlyEndpoints}
    ),
    candidates as (
      select d.id from lanes l
      cross join lateral (
        select d.id from webhook_deliveries d
        where d.endpoint_id = l.id and d.status = 'pending' and d.next_attempt_at <= ${now}::timestamptz
          and (d.ordering_key is null or not exists (
            select 1 from webhook_deliveries p
            where p.endpoint_id = d.endpoint_id and p.ordering_key = d.ordering_key and p.status = 'pending'
              and (p.occurred_at, p.event_id) < (d.occurred_at, d.event_id)))
        order by d.next_attempt_at
        limit l.room
        for update skip locked
      ) d
      where l.room > 0
      limit ${input.limit}
    )
    update webhook_deliveries w
    set attempts = w.attempts + 1, last_attempt_at = ${now}::timestamptz, next_attempt_at = ${new Date(input.now.getTime() + CLAIM_LEASE_MS).toISOString()}::timestamptz
    from candidates where w.id = candidates.id
    returning w.id, w.endpoint_id as "endpointId", w.event_id as "eventId", w.event_type as "eventType", w.object_type as "objectType",
      w.object_id as "objectId", w.occurred_at as "occurredAt", w.attempts, w.retry_until as "retryUntil"`);
  const claimed = [...rows].map((r) => ({ ...r, occurredAt: new Date(r.occurredAt), retryUntil: new Date(r.retryUntil) }));
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

async function recordAttempt(endpoint: WebhookEndpoint, delivery: Claimed, sent: SentAttempt, now: Date, successes: SuccessRecorder): Promise<Outcome> {
  const { response } = sent;
  const ok = response.status !== null && response.status >= 200 && response.status < 300;
  const error = ok ? null : (response.error ?? `The endpoint answered ${response.status}.`);
  const delay = webhookRetryDelayMs({ attempts: delivery.attempts, status: response.status, retryAfterMs: response.retryAfterMs });
  // The last retry is at the end of the window rather than never: a 12-hour delay (±20 %) that
  // would overshoot it is shortened to land on it, so every delivery is tried for the full three
  // days; one tried at (or after) the end of its window is given up.
  const until = delivery.retryUntil.getTime();
  const gaveUp = !ok && now.getTime() >= until;
  const nextAttemptAt = new Date(Math.min(now.getTime() + delay, until));
  // Successes are written in groups (success-recorder.ts); a failure in its own transaction below.
  if (ok) {
    const success = { deliveryId: delivery.id, endpointId: endpoint.id, at: now, requestBody: sent.body, status: response.status!, responseBody: response.body, latencyMs: response.latencyMs };
    await successes.record(success);
    return { result: 'succeeded', disabled: false };
  }
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
        status: gaveUp ? 'failed' : 'pending',
        deliveredAt: null,
        nextAttemptAt: gaveUp ? now : nextAttemptAt,
        lastResponseStatus: response.status,
        lastError: error?.slice(0, 1000) ?? null,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
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
