import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { billingActions, products } from '@/db/schema';
import { termAnnouncementInput } from '@/lib/services/billing/term-announcement-input';
import { queueSubscriptionChanged } from '@/lib/services/email/queue-subscription-changed';
import { queueTermAnnouncement } from '@/lib/services/email/send-term-announcement';
import type { OwnSubscription } from './lock-own-subscription';

/**
 * What the customer is told when staff extend their subscription, in the extension's transaction
 * (after the subscription row has its new timeline): the new dates, and, when the coming term's
 * announcement already went out with the old dates, that announcement again with the new ones.
 *
 * NOTE: an announcement logged but not yet composed (`mail_pending`) needs nothing: the composer
 * works its dates out from the subscription when it runs, so it already says the new ones.
 */
export async function queueExtensionNotices(
  tx: Tx,
  input: { own: OwnSubscription; eventId: string; days: number; currentPeriodEnd: Date },
): Promise<{ reannounced: boolean }> {
  const { sub, plan, customer, settings, timeZone } = input.own;
  const [product] = await tx.select({ name: products.name }).from(products).where(eq(products.id, plan.productId));
  const planName = `${product!.name} – ${plan.name}`;
  await queueSubscriptionChanged(tx, {
    customer,
    settings,
    eventId: input.eventId,
    props: {
      timeZone,
      fromName: planName,
      fromQuantity: sub.quantity,
      toName: planName,
      toQuantity: sub.quantity,
      change: 'extended',
      extendedDays: input.days,
      effectiveAt: input.currentPeriodEnd.toISOString(),
      currency: sub.currency,
      termAmountMinor: sub.unitPriceMinor * sub.quantity,
      prorationMinor: null,
    },
  });

  const nextTerm = sub.currentTerm + 1;
  const [announced] = await tx
    .select({ mailPending: billingActions.mailPending })
    .from(billingActions)
    .where(and(eq(billingActions.subscriptionId, sub.id), eq(billingActions.term, nextTerm), eq(billingActions.action, 'announce')));
  if (!announced || announced.mailPending) return { reannounced: false };
  const term = await termAnnouncementInput(tx, sub.id, nextTerm);
  await queueTermAnnouncement(tx, { ...term, revision: `moved-${term.periodStart.toISOString()}` });
  return { reannounced: true };
}
