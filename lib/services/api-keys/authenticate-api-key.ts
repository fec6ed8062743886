import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { apiKeys, users, type ApiKeyScope } from '@/db/schema';
import { hasPermission } from '@/lib/auth/permissions';
import { API_KEY_PREFIX, hashApiKey } from './api-key-secret';

export type ApiCaller = { apiKeyId: string; scope: ApiKeyScope; prefix: string; ownerUserId: string };

/**
 * The key behind an `Authorization: Bearer …` value, or null for none, a malformed, unknown or
 * revoked one, or one whose maker is no longer an owner (a key acts with their authority). Marks it used (at most once a minute, so a busy key does not rewrite its row on
 * every request).
 */
export async function authenticateApiKey(key: string, now: Date): Promise<ApiCaller | null> {
  if (!key.startsWith(API_KEY_PREFIX) || key.length > 100) return null;
  const [row] = await db
    .select({ id: apiKeys.id, scope: apiKeys.scope, prefix: apiKeys.prefix, createdBy: apiKeys.createdBy, lastUsedAt: apiKeys.lastUsedAt, role: users.role })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.secretHash, hashApiKey(key)), isNull(apiKeys.revokedAt)));
  if (!row || !hasPermission(row.role, 'api-keys:manage')) return null;
  const minuteAgo = new Date(now.getTime() - 60_000);
  if (!row.lastUsedAt || row.lastUsedAt < minuteAgo) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, minuteAgo))));
  }
  return { apiKeyId: row.id, scope: row.scope, prefix: row.prefix, ownerUserId: row.createdBy };
}
