import { db } from '@/db/client';
import { normalizeCouponCode } from '@/lib/billing/coupon';
import { err, ok, type Result } from '@/lib/billing/result';
import type { DomainErrorShape } from '@/lib/errors/domain-error';
import type { Cart } from '@/lib/validations/cart';
import { findApplicableCoupon } from '@/lib/services/checkout/price-cart';
import { resolveCart } from '@/lib/services/checkout/resolve-cart';

/**
 * The cart with the typed coupon code, checked against this cart now so the customer hears why
 * it does not apply; a signed-in customer (`customerId`) also hears that they already used a
 * code limited per customer. Placing the order checks again.
 */
export async function applyCartCoupon(cart: Cart, code: string, now: Date, customerId: string | null = null): Promise<Result<Cart, DomainErrorShape>> {
  const resolved = await resolveCart(db, cart);
  if (!resolved.ok) return err(resolved.error);
  const coupon = await findApplicableCoupon(db, code, resolved.value, now, customerId);
  if (!coupon.ok) return err({ ...coupon.error, field: 'code' });
  return ok({ ...cart, couponCode: normalizeCouponCode(code) });
}
