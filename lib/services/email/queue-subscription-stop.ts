import type { Tx } from '@/db/client';
import type { Customer, ShopSettings } from '@/db/schema';
import { emailShop } from './email-shop';
import { loadSubscriptionName } from './load-subscription-name';
import { queueEmail } from './queue-email';

/**
 * Queues the confirmation of a stop the customer scheduled or undid on Min Side, in the
 * transaction of the change, in the customer's language. One message per change: the dedupe key
 * is the change's domain event (`subscription-stop:<eventId>`), so stopping, undoing and stopping
 * again confirms each.
 */
export async function queueSubscriptionStop(
  tx: Tx,
  input: {
    subscriptionId: string;
    customer: Pick<Customer, 'email' | 'name' | 'locale'>;
    settings: ShopSettings;
    timeZone: string;
    change: 'scheduled' | 'undone';
    endsAt: Date;
    eventId: string;
  },
): Promise<{ id: string; created: boolean }> {
  return queueEmail(tx, {
    template: 'subscription-stop',
    to: input.customer.email,
    locale: input.customer.locale,
    dedupeKey: `subscription-stop:${input.eventId}`,
    props: {
      shop: emailShop(input.settings),
      timeZone: input.timeZone,
      customerName: input.customer.name,
      subscriptionName: (await loadSubscriptionName(tx, input.subscriptionId))!,
      change: input.change,
      endsAt: input.endsAt.toISOString(),
    },
  });
}
