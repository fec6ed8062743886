import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { cartSchema, type Cart } from '@/lib/validations/cart';

const COOKIE = 'kadens_cart';

export function newCheckoutToken(): string {
  return crypto.randomBytes(16).toString('hex');
}

export function emptyCart(): Cart {
  return { items: [], couponCode: null, shippingMethodId: null, paymentMethod: null, checkoutToken: newCheckoutToken() };
}

/** The visitor's cart; an unreadable or tampered cookie is an empty cart, never an error. */
export async function readCart(): Promise<Cart> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return emptyCart();
  try {
    const parsed = cartSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyCart();
  } catch {
    return emptyCart();
  }
}

/**
 * Saves the cart. A changed cart gets a new checkout token unless `keepToken`, so an order placed
 * for the old contents is never mistaken for the new ones.
 */
export async function writeCart(cart: Cart, options: { keepToken?: boolean } = {}): Promise<void> {
  const next = options.keepToken ? cart : { ...cart, checkoutToken: newCheckoutToken() };
  (await cookies()).set(COOKIE, JSON.stringify(next), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 30 * 24 * 60 * 60,
    secure: process.env.NODE_ENV === 'production' && (process.env.APP_URL ?? '').startsWith('https'),
  });
}

export async function clearCart(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
