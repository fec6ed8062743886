import type { Sql } from 'postgres';
import { encryptionKey, isSealed, openSecret, sealSecret } from '@/lib/crypto/secret-box';
import { webhookSecretContext } from '@/lib/crypto/webhook-secret-context';

type Row = { id: string; secret: string; previous_secret: string | null };

/**
 * The data step of the migrations that SQL cannot do (the key lives in the settings, and
 * PostgreSQL has no AES-GCM): webhook endpoints' signing secrets stored in plain text, as they
 * were before they were encrypted at rest, are sealed in place (lib/crypto/secret-box.ts).
 * Idempotent: sealed values are left alone, but every one is opened first, so a key that is not
 * the one they were sealed with stops the migration (and the start) with a clear error instead of
 * signing deliveries that no receiver can verify.
 */
export async function encryptWebhookSecrets(sql: Sql): Promise<{ encrypted: number; checked: number }> {
  const rows = await sql<Row[]>`select id, secret, previous_secret from webhook_endpoints order by id`;
  if (rows.length === 0) return { encrypted: 0, checked: 0 };
  const key = encryptionKey();
  let encrypted = 0;
  for (const row of rows) {
    const context = webhookSecretContext(row.id);
    const values = [row.secret, row.previous_secret].filter((v): v is string => v !== null);
    for (const value of values) if (isSealed(value)) openSecret(value, context, key);
    if (values.every(isSealed)) continue;
    const seal = (value: string | null) => (value === null || isSealed(value) ? value : sealSecret(value, context, key));
    await sql`update webhook_endpoints set secret = ${seal(row.secret)!}, previous_secret = ${seal(row.previous_secret)} where id = ${row.id}`;
    encrypted += 1;
  }
  return { encrypted, checked: rows.length };
}
