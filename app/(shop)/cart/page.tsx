import { CartItems } from '@/components/shop/cart-items';
import { CouponForm } from '@/components/shop/coupon-form';
import { PricedLines } from '@/components/shop/priced-lines';
import { getPageLocale } from '@/lib/auth/page-locale';
import { readFormFlash } from '@/lib/http/form-flash';
import { readCart } from '@/lib/cart/cart-cookie';
import { localizeError } from '@/lib/i18n/localize-message';
import { textsOf } from '@/lib/i18n/texts';
import { getTranslator } from '@/lib/i18n/translator';
import { quoteCart } from '@/lib/services/checkout/quote-cart';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: getTranslator(await getPageLocale(), 'site')('cart') };
}

export default async function CartPage() {
  const [cart, locale, itemState, couponState] = await Promise.all([readCart(), getPageLocale(), readFormFlash('cart-item'), readFormFlash('coupon')]);
  const t = getTranslator(locale, 'shop.cart');
  if (cart.items.length === 0) {
    return (
      <div className="panel" data-testid="cart-empty">
        <h1>{t('empty')}</h1>
        <a href="/">{t('backToShop')}</a>
      </div>
    );
  }
  const now = new Date();
  let priced = await quoteCart(cart, now);
  let couponError: string | null = null;
  if (!priced.ok && priced.error.field === 'coupon') {
    // The code stopped applying (expired, cart changed): show the cart without it, and why.
    couponError = localizeError(locale, priced.error);
    priced = await quoteCart({ ...cart, couponCode: null }, now);
  }
  const appliedCode = couponError ? null : cart.couponCode;
  return (
    <div className="stack" style={{ maxWidth: 760 }}>
      <h1>{t('title')}</h1>
      {!priced.ok ? (
        <p className="alert error" role="alert">
          {localizeError(locale, priced.error)}
        </p>
      ) : (
        <>
          <CartItems
            items={priced.value.resolved.items.map((item) => ({
              index: item.index,
              description: item.kind === 'plan' ? `${item.product.name} — ${item.plan.name}` : item.product.name,
              quantity: item.quantity,
            }))}
            texts={textsOf(locale, 'shop.cart', ['quantity', 'update', 'remove'])}
            state={itemState}
          />
          <CouponForm
            appliedCode={appliedCode}
            staleError={couponError}
            texts={{
              ...textsOf(locale, 'shop.cart', ['removeCoupon', 'couponCode', 'applyCoupon']),
              applied: appliedCode ? t('couponApplied', { code: appliedCode }) : '',
            }}
            state={couponState}
          />
          <div className="panel">
            <PricedLines priced={priced.value.priced} locale={locale} />
          </div>
          <div className="row">
            <a href="/" className="button secondary">
              {t('continueShopping')}
            </a>
            <a href="/checkout" className="button" data-testid="go-to-checkout">
              {t('checkout')}
            </a>
          </div>
        </>
      )}
    </div>
  );
}
