import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customers } from '@/db/schema';
import type { SubscriptionPauseProps } from '@/emails/subscription-pause';
import { describeDiscount, type DiscountTerms } from '@/lib/i18n/describe-discount';
import { getShopSettings } from '@/lib/services/settings/get-shop-settings';
import { emailShop } from './email-shop';
import { loadSubscriptionName } from './load-subscription-name';
import { queueEmail } from './queue-email';

type Change =
  | { change: 'paused'; startsAt: string; resumesAt: string | null }
  | { change: 'resumed'; nextTermStartsAt: string }
  | { change: 'discount'; coupon: DiscountTerms };

/**
 * Queues the confirmation of a pause, its end or a retention discount, in the transaction of the
 * change, in the customer's language. One message per change: the dedupe key is the change's
 * domain event (`subscription-pause:<eventId>`).
 */
export async function queueSubscriptionPause(
  tx: Tx,
  input: { subscriptionId: string; customerId: string; timeZone: string; eventId: string } & Change,
): Promise<{ id: string; created: boolean }> {
  const { subscriptionId, customerId, timeZone, eventId, ...change } = input;
  const [customer] = await tx
    .select({ email: customers.email, name: customers.name, locale: customers.locale })
    .from(customers)
    .where(eq(customers.id, customerId));
  if (!customer) throw new Error(`Customer ${customerId} is missing`);
  const settings = await getShopSettings(tx);
  // The discount in the customer's words, as Min Side offered it.
  const worded = change.change === 'discount' ? { change: 'discount', ...describeDiscount(customer.locale, change.coupon) } : change;
  const props = {
    shop: emailShop(settings),
    timeZone,
    customerName: customer.name,
    subscriptionName: (await loadSubscriptionName(tx, subscriptionId))!,
    ...worded,
  } as Omit<SubscriptionPauseProps, 'locale'>;
  return queueEmail(tx, {
    template: 'subscription-pause',
    to: customer.email,
    locale: customer.locale,
    dedupeKey: `subscription-pause:${eventId}`,
    props,
  });
}
