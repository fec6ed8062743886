import type { Sql } from 'postgres';
import { encryptionKey, isSealed, openSecret, previousEncryptionKey, SecretKeyMismatchError, sealSecret, type EncryptionKey } from '@/lib/crypto/secret-box';
import { webhookSecretContext } from '@/lib/crypto/webhook-secret-context';

type Row = { id: string; secret: string; previous_secret: string | null };

/**
 * The data step of the migrations that SQL cannot do (the key lives in the settings, and
 * PostgreSQL has no AES-GCM): webhook endpoints' signing secrets stored in plain text, as they
 * were before they were encrypted at rest, are sealed in place (lib/crypto/secret-box.ts), and
 * secrets sealed with the previous key (KADENS_ENCRYPTION_KEY_PREVIOUS, set for a change of key)
 * are sealed again with the current one. Idempotent: a value the current key opens is left alone,
 * but every one is opened first, so a key that opens nothing stops the migration (and the start)
 * with a clear error instead of signing deliveries that no receiver can verify.
 */
export async function encryptWebhookSecrets(sql: Sql): Promise<{ encrypted: number; rekeyed: number; checked: number }> {
  const rows = await sql<Row[]>`select id, secret, previous_secret from webhook_endpoints order by id`;
  if (rows.length === 0) return { encrypted: 0, rekeyed: 0, checked: 0 };
  const key = encryptionKey();
  const previous = previousEncryptionKey();
  let encrypted = 0;
  let rekeyed = 0;
  for (const row of rows) {
    const context = webhookSecretContext(row.id);
    const secret = sealedWith(row.secret, context, key, previous);
    const previousSecret = row.previous_secret === null ? null : sealedWith(row.previous_secret, context, key, previous);
    if (secret.change === 'none' && (previousSecret === null || previousSecret.change === 'none')) continue;
    await sql`update webhook_endpoints set secret = ${secret.value}, previous_secret = ${previousSecret?.value ?? null} where id = ${row.id}`;
    if ([secret, previousSecret].some((s) => s?.change === 'encrypted')) encrypted += 1;
    else rekeyed += 1;
  }
  return { encrypted, rekeyed, checked: rows.length };
}

type Sealed = { value: string; change: 'none' | 'encrypted' | 'rekeyed' };

/** The value as it must be stored under `key`: unchanged, sealed from plain text, or sealed again from the previous key. */
function sealedWith(value: string, context: string, key: EncryptionKey, previous: EncryptionKey | null): Sealed {
  if (!isSealed(value)) return { value: sealSecret(value, context, key), change: 'encrypted' };
  try {
    openSecret(value, context, key);
    return { value, change: 'none' };
  } catch (error) {
    if (!(error instanceof SecretKeyMismatchError) || !previous) throw error;
  }
  // Opens with the previous key or throws, naming the current key's setting (the one to fix).
  let plain: string;
  try {
    plain = openSecret(value, context, previous);
  } catch {
    throw new SecretKeyMismatchError(key.setting, context);
  }
  return { value: sealSecret(plain, context, key), change: 'rekeyed' };
}
