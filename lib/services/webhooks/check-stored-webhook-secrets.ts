import { db } from '@/db/client';
import { webhookEndpoints } from '@/db/schema';
import { signingSecrets } from './webhook-signing';

/**
 * Opens every endpoint's stored signing secrets with the key of the settings (at start): a key
 * that is not the one they were encrypted with (KADENS_ENCRYPTION_KEY changed, or AUTH_SECRET
 * changed while it is the fallback) throws SecretKeyMismatchError here, rather than every delivery
 * later failing or going out with a signature no receiver can verify. A shop has a handful of
 * endpoints: this reads them all.
 */
export async function checkStoredWebhookSecrets(): Promise<{ checked: number }> {
  const endpoints = await db
    .select({ id: webhookEndpoints.id, secret: webhookEndpoints.secret, previousSecret: webhookEndpoints.previousSecret, previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt })
    .from(webhookEndpoints);
  // The far future: open the previous secret too, whatever its overlap.
  const always = new Date(8.64e15);
  for (const endpoint of endpoints) signingSecrets({ ...endpoint, previousSecretExpiresAt: endpoint.previousSecret ? always : null }, new Date(0));
  return { checked: endpoints.length };
}
