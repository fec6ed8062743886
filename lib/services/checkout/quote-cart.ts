import { db } from '@/db/client';
import type { Result } from '@/lib/billing/result';
import type { Cart } from '@/lib/validations/cart';
import { priceCart, type PriceCartError, type PricedCart } from './price-cart';

/** The visitor's cart priced now, for the cart and checkout pages (which hold no database handle). */
export async function quoteCart(cart: Cart, now: Date): Promise<Result<PricedCart, PriceCartError>> {
  return priceCart(db, cart, now);
}
