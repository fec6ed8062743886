import { db } from '@/db/client';
import { domainError, type DomainErrorShape } from '@/lib/errors/domain-error';
import { err, ok, type Result } from '@/lib/billing/result';
import type { Cart } from '@/lib/validations/cart';
import { resolveCart } from '@/lib/services/checkout/resolve-cart';

export const CART_LINES_MAX = 20;

type CartItem = Cart['items'][number];

/**
 * The cart with `item` in it: the same plan or product again sets that line's quantity. The id
 * is checked against the catalog before the cart is kept, so a stale or tampered id is refused.
 */
export async function addCartItem(cart: Cart, item: CartItem): Promise<Result<Cart, DomainErrorShape>> {
  const same = cart.items.findIndex((line) => ('planId' in item ? line.planId === item.planId : line.productId === item.productId));
  const items = [...cart.items];
  if (same >= 0) {
    items[same] = { ...items[same]!, quantity: item.quantity };
  } else {
    if (items.length >= CART_LINES_MAX)
      return err(domainError('cart_full', `Your cart is full (${CART_LINES_MAX} lines at most).`, undefined, { maximum: CART_LINES_MAX }));
    items.push(item);
  }
  const next = { ...cart, items };
  const check = await resolveCart(db, next);
  return check.ok ? ok(next) : err(check.error);
}
