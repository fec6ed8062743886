import type { Tx } from '@/db/client';
import type { Customer, ShopSettings } from '@/db/schema';
import type { SubscriptionChangedProps } from '@/emails/subscription-changed';
import { emailShop } from './email-shop';
import { queueEmail } from './queue-email';

/**
 * Queues the confirmation of a plan change (applied, scheduled or withdrawn), in the transaction
 * of the change, in the customer's language. One message per change: the dedupe key is the
 * change's domain event (`subscription-changed:<eventId>`).
 */
export async function queueSubscriptionChanged(
  tx: Tx,
  input: {
    customer: Pick<Customer, 'email' | 'name' | 'locale'>;
    settings: ShopSettings;
    eventId: string;
    props: Omit<SubscriptionChangedProps, 'locale' | 'shop' | 'customerName'>;
  },
): Promise<{ id: string; created: boolean }> {
  return queueEmail(tx, {
    template: 'subscription-changed',
    to: input.customer.email,
    locale: input.customer.locale,
    dedupeKey: `subscription-changed:${input.eventId}`,
    props: { ...input.props, shop: emailShop(input.settings), customerName: input.customer.name },
  });
}
