import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Revokes a key at once: its next request is a 401. Audited; revoking twice changes nothing. */
export async function revokeApiKey(input: { apiKeyId: string; staffUserId: string; now: Date }): Promise<Result<{ prefix: string }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: input.now, revokedBy: input.staffUserId })
      .where(and(eq(apiKeys.id, input.apiKeyId), isNull(apiKeys.revokedAt)))
      .returning();
    if (!row) return err('That key does not exist or is already revoked.');
    await recordAudit(tx, {
      actorUserId: input.staffUserId,
      action: 'api-key.revoke',
      record: { type: 'api-key', id: row.id },
      before: { prefix: row.prefix, revokedAt: null },
      after: { prefix: row.prefix, revokedAt: input.now.toISOString() },
    });
    return ok({ prefix: row.prefix });
  });
}
