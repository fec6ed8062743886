import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { coupons, retentionOffers as retentionOffersTable, type Coupon, type ShopSettings } from '@/db/schema';
import { retentionOffers, type RetentionOffer, type RetentionOutcome } from '@/lib/billing/retention-offer';
import { pauseOffer } from '@/lib/billing/subscription-pause';
import { couponRulesOf } from '@/lib/services/checkout/price-cart';
import type { LockedForPause } from './lock-for-pause';

/** The shop's retention coupon, if one is set (and not deleted). */
export async function loadRetentionCoupon(db: DbOrTx, settings: Pick<ShopSettings, 'retentionCouponId'>): Promise<Coupon | null> {
  if (!settings.retentionCouponId) return null;
  const [coupon] = await db.select().from(coupons).where(eq(coupons.id, settings.retentionCouponId));
  return coupon ?? null;
}

/** What Min Side offers this customer instead of stopping, by the same rules it showed them. */
export async function offersFor(tx: Tx, locked: LockedForPause, now: Date): Promise<{ offers: RetentionOffer[]; coupon: Coupon | null }> {
  const coupon = await loadRetentionCoupon(tx, locked.settings);
  const offers = retentionOffers({
    pauseAllowed: pauseOffer(locked.state).kind === 'pause',
    coupon: coupon ? couponRulesOf(coupon) : null,
    subscription: locked.sub,
    now,
  });
  return { offers, coupon };
}

/**
 * Records what a customer who chose to stop was offered and what they did, for the merchant
 * (dashboard → settings → retention). Nothing when nothing was offered. Returns the row's id.
 */
export async function writeRetentionRow(
  tx: Tx,
  locked: LockedForPause,
  input: { outcome: RetentionOutcome; now: Date },
): Promise<string | null> {
  const { offers, coupon } = await offersFor(tx, locked, input.now);
  if (offers.length === 0) return null;
  const [row] = await tx
    .insert(retentionOffersTable)
    .values({
      subscriptionId: locked.sub.id,
      customerId: locked.customer.id,
      offered: offers,
      couponId: offers.includes('coupon') ? (coupon?.id ?? null) : null,
      outcome: input.outcome,
      createdAt: input.now,
    })
    .returning({ id: retentionOffersTable.id });
  return row!.id;
}
