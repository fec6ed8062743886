import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, type WebhookEndpoint } from '@/db/schema';
import { appUrl } from '@/lib/services/email/app-url';
import { emailShop } from '@/lib/services/email/email-shop';
import { queueEmail } from '@/lib/services/email/queue-email';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Tells the shop's owners, in the transaction that switched the endpoint off, that its webhooks
 * stopped: one message per switch-off (keyed on the endpoint and the moment), through the outbox.
 */
export async function notifyEndpointDisabled(tx: Tx, input: { endpoint: Pick<WebhookEndpoint, 'id' | 'url'>; failingSince: Date; lastError: string | null; now: Date }): Promise<void> {
  const owners = await tx.select({ email: users.email }).from(users).where(eq(users.role, 'owner'));
  if (owners.length === 0) return;
  const settings = await getShopSettings(tx);
  for (const owner of owners) {
    await queueEmail(tx, {
      template: 'webhook-endpoint-disabled',
      to: owner.email,
      // NOTE: staff have no language setting yet; the dashboard is in English.
      locale: 'en',
      dedupeKey: `webhook-endpoint-disabled:${input.endpoint.id}:${input.now.toISOString()}:${owner.email}`,
      props: {
        shop: emailShop(settings),
        url: input.endpoint.url,
        days: Math.floor((input.now.getTime() - input.failingSince.getTime()) / DAY_MS),
        lastError: input.lastError,
        dashboardUrl: appUrl('/dashboard/webhooks'),
      },
    });
  }
}
