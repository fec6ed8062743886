import { and, eq, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { apiIdempotencyKeys } from '@/db/schema';

/** How long a key's first answer is kept (Stripe's 24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export type IdempotencyStart =
  | { kind: 'new' }
  | { kind: 'replay'; statusCode: number; body: unknown }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

/**
 * Claims `key` for this request, or says what happened to it before: the stored answer to replay,
 * a first request still running, or another request that used the key. The claim is a row
 * inserted with ON CONFLICT DO NOTHING, so of two concurrent requests exactly one runs.
 * A claim older than the TTL is forgotten first.
 */
export async function startIdempotentRequest(apiKeyId: string, key: string, requestHash: string, now: Date): Promise<IdempotencyStart> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_TTL_MS);
  await db.delete(apiIdempotencyKeys).where(lt(apiIdempotencyKeys.createdAt, cutoff));
  const claimed = await db
    .insert(apiIdempotencyKeys)
    .values({ apiKeyId, key, requestHash, createdAt: now })
    .onConflictDoNothing()
    .returning({ key: apiIdempotencyKeys.key });
  if (claimed.length > 0) return { kind: 'new' };
  const [row] = await db
    .select()
    .from(apiIdempotencyKeys)
    .where(and(eq(apiIdempotencyKeys.apiKeyId, apiKeyId), eq(apiIdempotencyKeys.key, key)));
  // Expired and swept by another request in between: treat as taken, the client retries.
  if (!row) return { kind: 'in_progress' };
  if (row.requestHash !== requestHash) return { kind: 'mismatch' };
  if (row.statusCode === null) return { kind: 'in_progress' };
  return { kind: 'replay', statusCode: row.statusCode, body: row.responseBody };
}

/** Stores the answer of a claimed key, for its retries. */
export async function finishIdempotentRequest(apiKeyId: string, key: string, statusCode: number, body: unknown): Promise<void> {
  await db
    .update(apiIdempotencyKeys)
    .set({ statusCode, responseBody: sql`${JSON.stringify(body)}::jsonb` })
    .where(and(eq(apiIdempotencyKeys.apiKeyId, apiKeyId), eq(apiIdempotencyKeys.key, key)));
}

/**
 * Frees a claimed key after an unexpected failure (a 500): nothing was promised to the client,
 * so a retry with the same key may run the request again.
 */
export async function releaseIdempotentRequest(apiKeyId: string, key: string): Promise<void> {
  await db.delete(apiIdempotencyKeys).where(and(eq(apiIdempotencyKeys.apiKeyId, apiKeyId), eq(apiIdempotencyKeys.key, key)));
}
