import Link from 'next/link';
import { CartItems } from '@/components/shop/cart-items';
import { CouponForm } from '@/components/shop/coupon-form';
import { PricedLines } from '@/components/shop/priced-lines';
import { readCart } from '@/lib/cart/cart-cookie';
import { quoteCart } from '@/lib/services/checkout/quote-cart';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cart' };

export default async function CartPage() {
  const cart = await readCart();
  if (cart.items.length === 0) {
    return (
      <div className="panel" data-testid="cart-empty">
        <h1>Your cart is empty</h1>
        <Link href="/">Back to the shop</Link>
      </div>
    );
  }
  const now = new Date();
  let priced = await quoteCart(cart, now);
  let couponError: string | null = null;
  if (!priced.ok && priced.error.field === 'coupon') {
    // The code stopped applying (expired, cart changed): show the cart without it, and why.
    couponError = priced.error.message;
    priced = await quoteCart({ ...cart, couponCode: null }, now);
  }
  return (
    <div className="stack" style={{ maxWidth: 760 }}>
      <h1>Your cart</h1>
      {!priced.ok ? (
        <p className="alert error" role="alert">
          {priced.error.message}
        </p>
      ) : (
        <>
          <CartItems
            items={priced.value.resolved.items.map((item) => ({
              index: item.index,
              description: item.kind === 'plan' ? `${item.product.name} — ${item.plan.name}` : item.product.name,
              quantity: item.quantity,
            }))}
          />
          <CouponForm appliedCode={couponError ? null : cart.couponCode} staleError={couponError} />
          <div className="panel">
            <PricedLines priced={priced.value.priced} />
          </div>
          <div className="row">
            <Link href="/" className="button secondary">
              Continue shopping
            </Link>
            <Link href="/checkout" className="button" data-testid="go-to-checkout">
              Checkout
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
