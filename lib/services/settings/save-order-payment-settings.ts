import { db } from '@/db/client';
import { shopSettings } from '@/db/schema';
import { err, ok, type Result } from '@/lib/billing/result';
import { runtimeMode } from '@/lib/config/runtime-mode';
import { isSwitchOn, SWITCHES } from '@/lib/config/switches';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { recordAudit } from '@/lib/services/audit/record-audit';
import type { OrderPaymentSettingsInput } from '@/lib/validations/order-payment-settings';
import { addressPolicy, refuseWebhookUrl, type Resolver } from '@/lib/services/webhooks/webhook-address-policy';
import { getShopSettings } from './get-shop-settings';

type Saved = Pick<
  typeof shopSettings.$inferSelect,
  'enabledPaymentMethods' | 'invoiceAccess' | 'creditCheckUrl' | 'creditCheckTimeoutMs' | 'creditCheckFallback' | 'requirePassword'
>;

/**
 * Staff set how the shop takes orders: the payment methods offered at checkout, when an order
 * paid by invoice starts (on order or on payment), the optional credit check (its address,
 * timeout and fallback) and whether customers set a password or sign in by e-mailed link.
 * Audited; unchanged values write nothing.
 *
 * NOTE: in production the credit check is https only: it is sent the customer's name and address.
 * Its address passes the outgoing webhooks' guard too (private, loopback and reserved addresses
 * refused outside development, every address the host resolves to checked): the server calls it,
 * so a typed URL must not reach the private network (SSRF). runCreditCheck checks again per call.
 */
export async function saveOrderPaymentSettings(
  input: OrderPaymentSettingsInput & { staffUserId: string },
  env: Readonly<Record<string, string | undefined>> = process.env,
  resolve?: Resolver,
): Promise<Result<{ changed: boolean }, DomainErrorShape>> {
  const requireHttps = runtimeMode(env) === 'production' && !isSwitchOn(env, SWITCHES.allowHttp);
  if (input.creditCheckUrl && requireHttps && !input.creditCheckUrl.startsWith('https://')) {
    return err(domainError('invalid', 'The credit check’s address must start with https:// (it is sent your customers’ details).', 'creditCheckUrl'));
  }
  const refusal = input.creditCheckUrl ? await refuseWebhookUrl(input.creditCheckUrl, addressPolicy(env), resolve, 'credit checks') : null;
  if (refusal) return err(domainError('invalid', refusal, 'creditCheckUrl'));
  const after: Saved = {
    enabledPaymentMethods: input.enabledPaymentMethods,
    invoiceAccess: input.invoiceAccess,
    creditCheckUrl: input.creditCheckUrl,
    creditCheckTimeoutMs: Math.round(input.creditCheckTimeoutSeconds * 1000),
    creditCheckFallback: input.creditCheckFallback,
    requirePassword: input.requirePassword,
  };
  return db.transaction(async (tx) => {
    const before = await getShopSettings(tx);
    const was: Saved = {
      enabledPaymentMethods: before.enabledPaymentMethods,
      invoiceAccess: before.invoiceAccess,
      creditCheckUrl: before.creditCheckUrl,
      creditCheckTimeoutMs: before.creditCheckTimeoutMs,
      creditCheckFallback: before.creditCheckFallback,
      requirePassword: before.requirePassword,
    };
    if (JSON.stringify(after) === JSON.stringify(was)) return ok({ changed: false });
    await tx.update(shopSettings).set(after);
    await recordAudit(tx, { actorUserId: input.staffUserId, action: 'settings.update', record: { type: 'settings', id: 'orders-and-payment' }, before: was, after });
    return ok({ changed: true });
  });
}
