import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { WebhookEndpoint } from '@/db/schema';
import { openSecret, sealSecret } from '@/lib/crypto/secret-box';
import { webhookSecretContext } from '@/lib/crypto/webhook-secret-context';

/** How long the previous secret keeps signing after a rotation. */
export const SECRET_OVERLAP_MS = 24 * 60 * 60_000;

/** A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * A signing secret as stored on endpoint `endpointId`'s row: encrypted (AES-256-GCM, bound to the
 * row), never in plain text. The plain secret is shown to the owner once and is in memory only
 * while a delivery is signed.
 */
export function sealWebhookSecret(endpointId: string, secret: string): string {
  return sealSecret(secret, webhookSecretContext(endpointId));
}

/**
 * The secrets that sign a delivery at `now`: the current one, and the previous during its overlap,
 * decrypted from the row. A key that cannot open them throws (SecretKeyMismatchError): a delivery
 * is never signed with anything else.
 */
export function signingSecrets(endpoint: Pick<WebhookEndpoint, 'id' | 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>, now: Date): string[] {
  const context = webhookSecretContext(endpoint.id);
  const previousValid = endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now;
  const current = openSecret(endpoint.secret, context);
  return previousValid ? [current, openSecret(endpoint.previousSecret!, context)] : [current];
}

/**
 * The Standard Webhooks headers of a message: `webhook-id` (the same on every retry, so the
 * receiver can drop a repeat), `webhook-timestamp` (seconds) and `webhook-signature`, one `v1,…`
 * per secret separated by spaces (a receiver accepts the message when any one verifies).
 */
export function signedHeaders(input: { id: string; body: string; secrets: string[]; at: Date }): Record<string, string> {
  const signatures = input.secrets.map((secret) => new Webhook(secret).sign(input.id, input.at, input.body));
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(Math.floor(input.at.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
