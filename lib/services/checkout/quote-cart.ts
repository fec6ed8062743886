import { db } from '@/db/client';
import type { Result } from '@/lib/billing/result';
import { buyerVatOfCustomer } from '@/lib/services/vat/buyer-vat-of-customer';
import type { Cart } from '@/lib/validations/cart';
import { priceCart, type PriceCartError, type PricedCart } from './price-cart';

/** The visitor's cart priced now, for the cart and checkout pages (which hold no database handle). */
export async function quoteCart(cart: Cart, now: Date): Promise<Result<PricedCart, PriceCartError>> {
  return priceCart(db, cart, now);
}

/**
 * The cart priced for a signed-in buyer, with each line's VAT decided for them exactly as placing
 * the order will (their country, business type and VAT id: reverse charge, OSS, export), for the
 * checkout steps once the buyer is known. The anonymous cart shows the shop's own rates.
 */
export async function quoteCartForBuyer(cart: Cart, customerId: string, now: Date): Promise<Result<PricedCart, PriceCartError>> {
  return priceCart(db, cart, now, await buyerVatOfCustomer(db, customerId, now));
}
