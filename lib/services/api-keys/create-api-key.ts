import { z } from 'zod';
import { manageCode } from '@/lib/i18n/manage-messages';
import { db } from '@/db/client';
import { apiKeys, type ApiKeyScope } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { newApiKeySecret } from './api-key-secret';

export const apiKeyInputSchema = z.object({
  // Messages are codes of dashboard.manage.messages: the dashboard's form renders them in the staff member's language.
  name: z.string({ error: manageCode('apiKeyNameRequired') }).trim().min(1, { error: manageCode('apiKeyNameRequired') }).max(80, { error: manageCode('apiKeyNameTooLong') }),
  scope: z.enum(['read', 'write'], { error: manageCode('apiKeyScopeRequired') }),
});

export type CreatedApiKey = { id: string; key: string; prefix: string; name: string; scope: ApiKeyScope };

/**
 * A new API key, audited in the same transaction. The whole key is returned here and never again:
 * only its hash is stored.
 */
export async function createApiKey(
  input: { name: string; scope: string },
  context: { staffUserId: string },
): Promise<Result<CreatedApiKey, DomainErrorShape>> {
  const parsed = apiKeyInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return err(domainError('invalid', issue.message, String(issue.path[0] ?? 'name')));
  }
  const secret = newApiKeySecret();
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({ name: parsed.data.name, scope: parsed.data.scope, prefix: secret.prefix, secretHash: secret.hash, createdBy: context.staffUserId })
      .returning();
    await recordAudit(tx, {
      actorUserId: context.staffUserId,
      action: 'api-key.create',
      record: { type: 'api-key', id: row!.id },
      before: null,
      after: { name: row!.name, prefix: row!.prefix, scope: row!.scope },
    });
    return row!;
  });
  return ok({ id: created.id, key: secret.key, prefix: created.prefix, name: created.name, scope: created.scope });
}
